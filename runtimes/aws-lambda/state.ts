// Dedupe state: per alert key (a finding fingerprint, or a GuardDuty finding id), what was last delivered —
// "open" or "resolved" — plus an in-flight claim. The protocol, for one alert:
//   claim    conditional write: only if the key is not already in the target state and nobody holds a fresh
//            claim. Exactly one concurrent delivery wins (duplicate events, overlapping invocations).
//   deliver  to every sink.
//   confirm  if at least one sink took it: state := target, claim removed (conditional on our claim token).
//   release  if every sink failed: claim removed, state unchanged — the next delivery alerts again.
// A claim whose invocation died expires after the lease, so nothing stays stuck.

export type AlertState = "open" | "resolved";

export interface StoredAlert {
  key: string;
  /** Last state actually delivered; absent when never alerted. */
  state?: AlertState;
  pendingToken?: string;
  pendingAt?: string;
}

export interface ClaimMeta {
  checkId: string;
  resourceId: string;
  severity: string;
  title: string;
}

export interface AlertStateStore {
  load(keys: readonly string[]): Promise<Map<string, StoredAlert>>;
  /** true when this delivery now owns the transition of `key` to `to`. */
  claim(key: string, to: AlertState, token: string, meta: ClaimMeta): Promise<boolean>;
  confirm(key: string, to: AlertState, token: string): Promise<void>;
  release(key: string, token: string): Promise<void>;
  /** Whether an event id was fully handled already. */
  eventHandled(eventId: string): Promise<boolean>;
  /** Records an event id as handled (idempotent). */
  markEventHandled(eventId: string): Promise<void>;
}

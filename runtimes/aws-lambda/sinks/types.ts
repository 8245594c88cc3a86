import type { Notification } from "../format.js";

/** One sink's outcome for one notification, after its own retries. */
export interface SinkAttempt {
  sink: string;
  ok: boolean;
  attempts: number;
  /** Redacted: never a webhook URL or token. */
  error?: string;
  messageId?: string;
}

export interface Sink {
  name: string;
  send(notification: Notification): Promise<SinkAttempt>;
}

import type { ZodType } from "zod";
import type { CollectionNeeds } from "./collection-needs.js";
import type { Asset } from "../model/asset.js";
import type { Inventory, ProviderId } from "../model/inventory.js";
import type { NativeFinding, NativeSourceStatus } from "../model/native-finding.js";

/** What every cloud's collection shares; each provider declares the rest as its own options. */
export interface CollectOptions {
  /** Regions to read; absent means every region that holds resources. */
  regions?: string[];
  /** Upper bound on cloud calls in flight at once. */
  concurrency: number;
  /** Attempts per call, including the first, for the SDK's own retry. */
  maxAttempts: number;
  /** Per attempt: a call with no reply within this many ms is abandoned and retried (providers' defaults apply). */
  requestTimeoutMs?: number;
  /**
   * Epoch ms after which no cloud call is sent: every call still to come ends as a DeadlineExceeded error entry (a
   * coverage gap), so a scan ends by its deadline plus at most one request timeout.
   */
  deadline?: number;
  onProgress?: (message: string) => void;
  /** What the selected checks need (--checks); absent reads every service. */
  needs?: CollectionNeeds;
}

/**
 * A provider's own command-line flag, declared as data so the core and the providers know no CLI library.
 * `name` is the commander-style spelling ("--role-arn <arn>"); `parse` validates one value and throws an Error
 * whose message says what was expected.
 */
export interface ProviderFlag {
  name: string;
  description: string;
  parse?: (value: string) => unknown;
  default?: unknown;
  /** Flags (camelCase keys) it cannot be combined with. */
  conflicts?: string[];
}

/** A cloud adapter: the only code that does cloud I/O (collect) plus its pure translation to assets. */
export interface ProviderAdapter<Options = unknown> {
  id: ProviderId;
  /** Its own options (credentials, endpoints, account selection): validated before any cloud call. */
  options: ZodType<Options>;
  /** Its command-line flags; `optionsFromFlags` turns their parsed values into an options input. */
  flags: readonly ProviderFlag[];
  optionsFromFlags(values: Readonly<Record<string, unknown>>): unknown;
  /**
   * Before collecting: resolves who the credentials are, once, and throws an InputError naming the fix when there
   * are none or they cannot be used. Any other failure is left for collection to record.
   */
  preflight?(common: CollectOptions, options: Options): Promise<void>;
  collect(common: CollectOptions, options: Options): Promise<Inventory>;
  /** Pure. Records it cannot translate become error entries in `errors`, never exceptions. */
  normalize(inventory: Inventory): { assets: Asset[]; errors: Inventory["errors"] };
  /**
   * Pure. The native security findings (GuardDuty, Defender) read during collect, normalized, and whether each
   * native source could be read per scope. Absent for a provider without native sources.
   */
  nativeFindings?(inventory: Inventory): { findings: NativeFinding[]; sources: NativeSourceStatus[] };
}

/** Adapters of every option type in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProviderAdapter = ProviderAdapter<any>;

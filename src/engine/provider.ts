import type { Asset } from "../model/asset.js";
import type { Inventory, ProviderId } from "../model/inventory.js";
import type { NativeFinding, NativeSourceStatus } from "../model/native-finding.js";

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface CollectOptions {
  /** Regions to read; absent means every region that holds resources (S3: the buckets' own regions). */
  regions?: string[];
  /** One endpoint URL for every service (the emulator, or a compatible service). */
  endpoint?: string;
  profile?: string;
  credentials?: StaticCredentials;
  /** Upper bound on cloud calls in flight at once. */
  concurrency: number;
  /** Attempts per call, including the first, for the SDK's adaptive retry mode. */
  maxAttempts: number;
  /** Per attempt: a call with no reply within this many ms is abandoned and retried (providers' defaults apply). */
  requestTimeoutMs?: number;
  onProgress?: (message: string) => void;
  /** SageMaker training jobs created within this many days are read (default 90). */
  trainingJobDays?: number;
  /** AWS: assume this role first; the scan (or the hops below) then runs with its credentials. */
  roleArn?: string;
  /** AWS: these account ids, each read through `roleName` (providers/aws/accounts). */
  accounts?: string[];
  /** AWS: every ACTIVE account of the organization (Organizations ListAccounts), each through `roleName`. */
  org?: boolean;
  /** AWS: role assumed in each account with --accounts / --org; default AiPostureReadOnly. */
  roleName?: string;
  /** AWS: sts:ExternalId passed on every AssumeRole. */
  externalId?: string;
  /** AWS: accounts read at once (all share the `concurrency` bound on calls); default 4. */
  accountConcurrency?: number;
  /** Azure subscriptions to read; absent means every subscription the identity can list. */
  subscriptions?: string[];
  /** Azure Resource Manager endpoint: the emulator's https URL, or a sovereign cloud's ARM endpoint. */
  azureEndpoint?: string;
  /** PEM certificate to trust for azureEndpoint only (the emulator's throw-away certificate). */
  azureCaCertificate?: string;
}

/** A cloud adapter: the only code that does cloud I/O (collect) plus its pure translation to assets. */
export interface ProviderAdapter {
  id: ProviderId;
  collect(options: CollectOptions): Promise<Inventory>;
  /** Pure. Records it cannot translate become error entries in `errors`, never exceptions. */
  normalize(inventory: Inventory): { assets: Asset[]; errors: Inventory["errors"] };
  /**
   * Pure. The native security findings (GuardDuty, Defender) read during collect, normalized, and whether each
   * native source could be read per scope. Absent for a provider without native sources.
   */
  nativeFindings?(inventory: Inventory): { findings: NativeFinding[]; sources: NativeSourceStatus[] };
}

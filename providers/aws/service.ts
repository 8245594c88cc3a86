// The service manifest: everything aiposture knows about one AWS service, in its own folder. The provider's
// lists (operations and the IAM policy, collectors, single-resource collectors, normalizers, CloudTrail routes and
// EventBridge rules, the emulator's handlers and estate schema, docs) are all derived from providers/aws/services.ts.
import type { Asset, AssetKind } from "../../src/model/asset.js";
import type { InventoryRecord } from "../../src/model/inventory.js";
import type { ServiceEmulation } from "../../mocks/types.js";
import type { CloudTrailRoute } from "./cloudtrail.js";
import type { AwsCollectContext, AwsNormalizeContext } from "./context.js";
import type { AwsOperation } from "./operation.js";

/** One resource to re-read (the Lambda): the service id, its region and name. */
export interface AwsResourceTarget {
  service: string;
  region: string;
  /** Bucket name, domain name, endpoint name, …; absent for region-wide settings (Bedrock logging). */
  name?: string;
}

/** Pure translation of one inventory record; a record it cannot translate throws (and becomes an error entry). */
export type AwsNormalizer = (
  record: InventoryRecord,
  ctx: AwsNormalizeContext,
) => Asset | Asset[] | undefined;

export interface AwsService {
  /** Short id: error entries, inventory records and event routing use it ("s3", "opensearch"). */
  id: string;
  title: string;
  /** Asset kinds its normalizers produce. */
  assetKinds: readonly AssetKind[];
  /** Brings native findings (GuardDuty, Defender): read when they are wanted even if no selected check needs it. */
  nativeFindings?: boolean;
  /** Other services (ids) whose records its normalizers read: read whenever this one is. */
  readsRecordsOf?: readonly string[];
  /** Every AWS call the service's code makes; the reader refuses any other. */
  operations: readonly AwsOperation[];
  /** Reads the service in one account into inventory records (absent for helper services such as KMS). */
  collect?: (ctx: AwsCollectContext) => Promise<void>;
  /**
   * A second pass, after every service's `collect` in the account: reads what the others recorded (the model
   * artifacts SageMaker models name) and records what it finds beside them.
   */
  collectAfter?: (ctx: AwsCollectContext) => Promise<void>;
  /** Event-driven re-collection of one resource; without it the Lambda re-reads the service in the region. */
  collectOne?: (ctx: AwsCollectContext, target: AwsResourceTarget) => Promise<void>;
  /** Resource type ("aws.s3.bucket") → normalizer. */
  normalizers?: Readonly<Record<string, AwsNormalizer>>;
  /** CloudTrail calls that change this service's resources, for the Lambda and its EventBridge rules. */
  cloudTrailRoutes?: readonly CloudTrailRoute[];
  /** The emulated service: loaded only by the emulator, never on the scanning path. */
  emulator?: () => Promise<ServiceEmulation>;
}

export function defineAwsService(service: AwsService): AwsService {
  return service;
}

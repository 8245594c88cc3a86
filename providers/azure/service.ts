// The service manifest: everything aiposture knows about one Azure service, in its own folder. The provider's
// lists (operations and the custom role, collectors, normalizers, the emulator's routes and estate schema, docs)
// are all derived from providers/azure/services.ts.
import type { Asset, AssetKind } from "../../src/model/asset.js";
import type { InventoryRecord } from "../../src/model/inventory.js";
import type { ServiceEmulation } from "../../mocks/types.js";
import type { AzureCollectContext, AzureNormalizeContext, AzureServiceCollector } from "./context.js";
import type { AzureOperation } from "./operation.js";

/** Pure translation of one inventory record; a record it cannot translate throws (and becomes an error entry). */
export type AzureNormalizer = (
  record: InventoryRecord,
  ctx: AzureNormalizeContext,
) => Asset | Asset[] | undefined;

export interface AzureService {
  /** Short id: error entries and inventory records use it ("storage", "search"). */
  id: string;
  title: string;
  /** Asset kinds its normalizers produce. */
  assetKinds: readonly AssetKind[];
  /** Brings native findings (GuardDuty, Defender): read when they are wanted even if no selected check needs it. */
  nativeFindings?: boolean;
  /** Other services (ids) whose records its normalizers read: read whenever this one is. */
  readsRecordsOf?: readonly string[];
  /** Every ARM GET the service's code makes; the reader and the pipeline guard refuse any other. */
  operations: readonly AzureOperation[];
  /** Reads the service in one subscription (absent for helper services such as diagnostic settings). */
  collect?: AzureServiceCollector;
  /** Resource type ("azure.storage.account") → normalizer. */
  normalizers?: Readonly<Record<string, AzureNormalizer>>;
  /** The emulated service: loaded only by the emulator, never on the scanning path. */
  emulator?: () => Promise<ServiceEmulation>;
}

export type { AzureCollectContext };

export function defineAzureService(service: AzureService): AzureService {
  return service;
}

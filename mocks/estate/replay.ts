// Replay: a saved inventory (scan --save-inventory) served as an estate, so a recorded account is scanned again
// offline, over the wire, with every check and with the emulator's faults. Each service that can rebuilds its
// part from the raw replies it recorded (its emulation's `replay`); a read that failed when recorded is served as
// denied again, so what was unknown stays unknown. Records of services without a replay are named, not served.
import type { CollectionError, Inventory, InventoryRecord } from "../../src/model/inventory.js";
import type { ServiceEmulation } from "../types.js";
import type { EstateInput } from "./schema.js";

export interface Replay {
  service: string;
  replay: NonNullable<ServiceEmulation["replay"]>;
  /** Record service names it serves besides its own id. */
  recordServices?: readonly string[];
}

/** A saved inventory, by its shape: what --save-inventory writes (src/engine/inventory-file.ts). */
export function isSavedInventory(value: unknown): value is Inventory {
  const v = value as Partial<Inventory> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    v.schemaVersion === 1 &&
    typeof v.collectedAt === "string" &&
    Array.isArray(v.records) &&
    Array.isArray(v.errors)
  );
}

/** The estate a saved inventory describes, and one note per service whose records could not be served. */
export function estateFromInventory(
  inventory: Inventory,
  replays: readonly Replay[],
): { estate: EstateInput; notServed: string[] } {
  const served = new Set(replays.flatMap((r) => [r.service, ...(r.recordServices ?? [])]));
  const awsAccounts = [
    ...new Set(
      [...inventory.scopes, ...inventory.records]
        .filter((x) => x.provider === "aws" && /^\d{12}$/.test(x.account))
        .map((x) => x.account),
    ),
  ];
  const accounts = awsAccounts.map((id) => {
    const records = inventory.records.filter((r) => r.provider === "aws" && r.account === id);
    const account: Record<string, unknown> = { id };
    for (const { replay } of replays) Object.assign(account, replay(records));
    return account;
  });
  const skipped = new Map<string, number>();
  for (const record of inventory.records) {
    const key = `${record.provider} ${record.service}`;
    if (record.provider === "aws" && (served.has(record.service) || record.service === "account")) continue;
    skipped.set(key, (skipped.get(key) ?? 0) + 1);
  }
  const notServed = [...skipped].map(
    ([service, count]) => `${service}: ${count} record(s) not served (this service has no replay)`,
  );
  return {
    estate: {
      aws: { accounts: (accounts.length > 0 ? accounts : [{ id: "111122223333" }]) as never },
      faults: { accessDenied: inventory.errors.flatMap(deniedAgain) },
    },
    notServed,
  };
}

/** A read that failed when recorded fails again: same operation, same resource. */
function deniedAgain(error: CollectionError) {
  if (error.provider !== "aws" || ["collect", "native-findings"].includes(error.operation)) return [];
  return [{ operation: error.operation, ...(error.resource ? { resource: error.resource } : {}) }];
}

export type { InventoryRecord };

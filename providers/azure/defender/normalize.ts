import type { Pricing } from "@azure/arm-security";
import type { ProtectionState, ThreatDetectionAsset } from "../../../src/model/assets/threat-detection.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import type { AzureReplyReader } from "../replies.js";
import { AI_PLAN, STORAGE_PLAN } from "./names.js";

/**
 * A subscription's Defender plans as a threat-detection asset: any plan on, Defender for Storage, for AI. When the
 * plans could not be listed there is no asset (the error entry is the gap), as for a resource never listed.
 */
export function normalizeDefender(
  record: InventoryRecord,
  read: AzureReplyReader,
): ThreatDetectionAsset | undefined {
  const pricings = read<Pricing[]>(record, "Pricings_List");
  if (isUnknown(pricings)) return undefined;
  const plan = (name: string, label: string): Known<ProtectionState> => {
    const found = (pricings ?? []).find((p) => p.name?.toLowerCase() === name.toLowerCase());
    if (!found) return { on: false, detail: `${label}: no '${name}' plan is listed for this subscription` };
    const sub = found.subPlan ? ` (${found.subPlan})` : "";
    return {
      on: found.pricingTier === "Standard",
      detail: `${label}: plan ${name} is ${found.pricingTier ?? "unset"}${sub}`,
    };
  };
  return {
    id: record.resourceId,
    provider: "azure",
    account: record.account,
    region: "global",
    kind: "threat-detection",
    type: "azure.security.pricings",
    name: record.name,
    tags: {},
    relations: [],
    raw: record.replies,
    service: "defender",
    enabled: standardPlans(pricings ?? []),
    storageProtection: plan(STORAGE_PLAN, "Defender for Storage"),
    aiProtection: plan(AI_PLAN, "Defender for AI services"),
  };
}

/** Defender raises alerts only for plans on the Standard tier; with none, nothing watches the subscription. */
export function standardPlans(pricings: readonly Pricing[]): ProtectionState {
  const on = pricings.filter((p) => p.pricingTier === "Standard").map((p) => p.name ?? "?");
  return on.length > 0
    ? { on: true, detail: `Defender plans on the Standard tier: ${on.join(", ")}` }
    : { on: false, detail: "every Defender plan is on the Free tier (no threat alerts)" };
}

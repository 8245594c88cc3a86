// Which AI assets a threat-detection scope watches: the same cloud and account, and the same region for a
// regional service (GuardDuty); a subscription-wide service (Defender plans, region "global") watches them all.
import type { Asset, AssetKind } from "../../src/model/asset.js";
import type { ThreatDetectionAsset } from "../../src/model/assets/threat-detection.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { cannotTell, pass, type CheckOutcome } from "../../src/model/check.js";
import { isUnknown, type Known } from "../../src/model/known.js";

/** Not AI assets: the account itself and the threat-detection scopes. */
const NOT_AI: readonly AssetKind[] = ["account", "threat-detection"];
/** Data stores: what storage protection (GuardDuty S3 Protection, Defender for Storage) watches. */
export const STORAGE_KINDS: readonly AssetKind[] = ["storage"];
/** Not AI workloads (AI Protection / Defender for AI services watch the rest: endpoints, models, agents, …). */
const NOT_AI_WORKLOAD: readonly AssetKind[] = [...NOT_AI, "storage", "search", "search-serverless"];

export function aiAssetsWatchedBy(
  scope: ThreatDetectionAsset,
  graph: AssetGraph,
  which: "any" | "storage" | "ai-workload",
): Asset[] {
  const out: Asset[] = [];
  for (const asset of graph.all()) {
    if (asset.provider !== scope.provider || asset.account !== scope.account) continue;
    if (scope.region !== "global" && asset.region !== scope.region) continue;
    if (NOT_AI.includes(asset.kind)) continue;
    if (which === "storage" && !STORAGE_KINDS.includes(asset.kind)) continue;
    if (which === "ai-workload" && NOT_AI_WORKLOAD.includes(asset.kind)) continue;
    if (useOf(asset) !== true) continue;
    out.push(asset);
  }
  return out;
}

/** Whether an asset is in use: a platform whose reads failed may be no more than an empty region. */
function useOf(asset: Asset): Known<boolean> {
  return asset.kind === "ai-platform" && asset.inUse !== undefined ? asset.inUse : true;
}

/**
 * Assets in the scope whose use could not be read (a Bedrock region whose listings failed): not AI assets, yet
 * reasons why "no AI assets here" is not known.
 */
export function unsettledAiAssets(scope: ThreatDetectionAsset, graph: AssetGraph): string[] {
  const out: string[] = [];
  for (const asset of graph.all()) {
    if (asset.provider !== scope.provider || asset.account !== scope.account) continue;
    if (scope.region !== "global" && asset.region !== scope.region) continue;
    const use = useOf(asset);
    if (isUnknown(use)) out.push(`${asset.name}: ${use.reason}`);
  }
  return out;
}

/** "3 AI assets (ai-clinical-notes-phi, ai-model-artifacts-prod, …)" */
export function describeAssets(assets: readonly Asset[]): string {
  const names = assets.slice(0, 3).map((a) => a.name);
  const more = assets.length > 3 ? ", …" : "";
  return `${assets.length} AI asset${assets.length === 1 ? "" : "s"} (${names.join(", ")}${more})`;
}

/**
 * The outcome when no AI assets of the watched kind were found: a pass only if every listing in the scope
 * succeeded; otherwise unknown, since the assets may exist and simply not have been listed.
 */
export function noAiAssetsOutcome(
  scope: ThreatDetectionAsset,
  what: string,
  verb = "were",
  unsettled: readonly string[] = [],
): CheckOutcome<keyof typeof NO_AI_ASSETS_MESSAGES | "cannotTell"> {
  const gaps = [...(scope.enumerationGaps ?? []), ...unsettled];
  if (gaps.length > 0)
    return cannotTell(`whether ${what} live in this scope`, `listings failed (${gaps.join("; ")})`);
  return pass("noAiAssets", { what, verb });
}

/** Messages of `noAiAssetsOutcome`: spread into the `messages` of the checks that use it. */
export const NO_AI_ASSETS_MESSAGES = {
  noAiAssets: "No {{what}} {{verb}} found in this scope",
} as const;

import type { Asset } from "../model/asset.js";
import type { CollectionError } from "../model/inventory.js";
import { NATIVE_SOURCE_NAMES, type NativeSourceStatus } from "../model/native-finding.js";
import { isAiAsset } from "./join.js";

/**
 * A native source that is not enabled where AI assets live is a coverage gap: nothing it might have seen there
 * could be folded or escalated. (A source that was denied or failed already has the reader's error entry.)
 * Scopes without AI assets are not gaps: the posture checks (threat-detection.*) speak for those.
 */
export function coverageGaps(
  sources: readonly NativeSourceStatus[],
  assets: readonly Asset[],
): CollectionError[] {
  const gaps: CollectionError[] = [];
  for (const status of sources) {
    if (status.state !== "not-enabled") continue;
    const inScope = aiAssetsIn(status, assets);
    if (inScope.length === 0) continue;
    const name = NATIVE_SOURCE_NAMES[status.source];
    gaps.push({
      provider: status.provider,
      account: status.account,
      ...(status.region === "global" ? {} : { region: status.region }),
      service: status.source,
      operation: "native-findings",
      code: "NativeSourceNotEnabled",
      message: `${name} is not enabled here (${status.detail}): threats to ${inScope.length} AI asset(s) could not be read, so none could be escalated`,
    });
  }
  return gaps;
}

/** AI assets in a native source's scope: same cloud and account, same region unless the source is global. */
export function aiAssetsIn(status: NativeSourceStatus, assets: readonly Asset[]): Asset[] {
  return assets.filter(
    (a) =>
      isAiAsset(a) &&
      a.provider === status.provider &&
      a.account === status.account &&
      (status.region === "global" || a.region === status.region),
  );
}

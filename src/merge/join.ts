import type { Asset } from "../model/asset.js";
import type { AssetGraph } from "../model/graph.js";
import type { NativeFinding } from "../model/native-finding.js";
import { NON_AI_KINDS, type FoldRule } from "./rules.js";

export function isAiAsset(asset: Asset): boolean {
  return !NON_AI_KINDS.includes(asset.kind);
}

/**
 * The assets a native finding is about: its resource ids looked up in the graph (ARNs exactly, ARM ids
 * case-insensitively, both by AssetGraph's normalizeResourceId), or the account asset when its fold rule says
 * the finding concerns an account-wide setting. Each asset once, in the finding's order.
 */
export function joinTargets(finding: NativeFinding, graph: AssetGraph, rule: FoldRule | undefined): Asset[] {
  if (rule?.target === "account") {
    const account = accountAsset(graph, finding);
    return account ? [account] : [];
  }
  const out: Asset[] = [];
  for (const id of finding.resourceIds) {
    const asset = graph.get(id);
    if (asset && !out.includes(asset)) out.push(asset);
  }
  return out;
}

function accountAsset(graph: AssetGraph, finding: NativeFinding): Asset | undefined {
  for (const asset of graph.all()) {
    if (asset.kind === "account" && asset.provider === finding.provider && asset.account === finding.account)
      return asset;
  }
  return undefined;
}

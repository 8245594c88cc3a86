// Merges native findings (GuardDuty, Defender) with our check results. Pure: the same inputs give the same
// report. The rules, in the order they apply to each native finding (docs/merge.md has the table):
//   join      resource ids → assets (ARNs exactly, ARM ids case-insensitively); account-wide types → account
//   fold      an equivalent check (FOLD_RULES) ran on that asset → one finding with both sources
//   escalate  an active threat on an AI asset with an exposure/encryption failure → "threat.exposed-under-attack"
//   keep      any other open native finding on an AI asset → "native.<source>:<type>"
//   omit      native findings on anything else, unless --all-native
//   gap       a source not enabled where AI assets live → a coverage-gap error entry
import type { Asset } from "../model/asset.js";
import type { Finding } from "../model/finding.js";
import { AssetGraph, normalizeResourceId } from "../model/graph.js";
import type { CollectionError } from "../model/inventory.js";
import type { NativeFinding, NativeReportSummary, NativeSourceStatus } from "../model/native-finding.js";
import {
  escalatedFinding,
  foldInto,
  keptFinding,
  keptResourceOf,
  nativeOnlyResource,
  type KeptResource,
} from "./findings.js";
import { aiAssetsIn, coverageGaps } from "./gaps.js";
import { isAiAsset, joinTargets } from "./join.js";
import { ESCALATING_CATEGORIES, foldRuleFor, isActiveThreat, nativeCheckId, type FoldRule } from "./rules.js";

export interface MergeInput {
  /** Our check results (evaluateAssets). Not mutated. */
  findings: readonly Finding[];
  assets: readonly Asset[];
  native: readonly NativeFinding[];
  sources: readonly NativeSourceStatus[];
  /** Keep native findings on resources that are not AI assets too (--all-native). */
  allNative?: boolean;
}

export interface MergeResult {
  findings: Finding[];
  /** Coverage gaps the merge found (sources not enabled where AI assets live); add them to the report's errors. */
  gaps: CollectionError[];
  summary: NativeReportSummary;
}

export function mergeNative(input: MergeInput): MergeResult {
  const graph = new AssetGraph(input.assets);
  // Our results are shared, not copied: only a result the merge changes (folds into, escalates) is copied, in
  // place in this array, so a large scan does not hold every result twice.
  const findings = [...input.findings];
  const onResource = groupByResource(findings);
  const copied = new Set<number>();
  const own = (at: number): Finding => {
    if (!copied.has(at)) {
      findings[at] = copyFinding(findings[at]!);
      copied.add(at);
    }
    return findings[at]!;
  };
  const threats = new Map<string, { asset: Asset; natives: NativeFinding[] }>();
  const kept = new Map<string, { resource: KeptResource; natives: NativeFinding[] }>();
  const outcome = new Map<NativeFinding, "folded" | "escalated" | "kept">();
  let inactive = 0;

  const keep = (resource: KeptResource, native: NativeFinding) => {
    const key = `${nativeCheckId(native)}\u0000${normalizeResourceId(resource.id)}`;
    const entry = kept.get(key) ?? { resource, natives: [] };
    entry.natives.push(native);
    kept.set(key, entry);
  };
  const mark = (native: NativeFinding, what: "folded" | "escalated" | "kept") => {
    const order = { folded: 0, escalated: 1, kept: 2 };
    const before = outcome.get(native);
    if (!before || order[what] < order[before]) outcome.set(native, what);
  };

  for (const native of input.native) {
    if (!native.active) {
      inactive += 1;
      continue;
    }
    const rule = foldRuleFor(native);
    const targets = joinTargets(native, graph, rule);
    let handled = false;
    for (const asset of targets) {
      const equivalent = rule && foldTarget(rule, findings, onResource.get(normalizeResourceId(asset.id)));
      if (equivalent !== undefined) {
        foldInto(own(equivalent), native, asset);
        mark(native, "folded");
        handled = true;
        continue;
      }
      if (!isAiAsset(asset)) continue;
      handled = true;
      if (isActiveThreat(native)) {
        const key = normalizeResourceId(asset.id);
        const entry = threats.get(key) ?? { asset, natives: [] };
        entry.natives.push(native);
        threats.set(key, entry);
      } else {
        keep(keptResourceOf(asset, true), native);
        mark(native, "kept");
      }
    }
    if (!handled && input.allNative) {
      const outside = targets[0];
      keep(outside ? keptResourceOf(outside, false) : nativeOnlyResource(native), native);
      mark(native, "kept");
    }
  }

  for (const { asset, natives } of threats.values()) {
    const underlying = (onResource.get(normalizeResourceId(asset.id)) ?? []).filter((at) => {
      const f = findings[at]!;
      return f.status === "fail" && ESCALATING_CATEGORIES.includes(f.category);
    });
    if (underlying.length === 0) {
      // A threat on a well-configured asset is still worth seeing: kept as the native finding it is.
      for (const native of natives) {
        keep(keptResourceOf(asset, true), native);
        mark(native, "kept");
      }
      continue;
    }
    const escalated = escalatedFinding(
      asset,
      underlying.map((at) => findings[at]!),
      natives,
    );
    for (const at of underlying) own(at).escalated = { findingId: escalated.id, checkId: escalated.checkId };
    findings.push(escalated);
    for (const native of natives) mark(native, "escalated");
  }

  for (const { resource, natives } of kept.values()) findings.push(keptFinding(resource, natives));

  const counts = { folded: 0, escalated: 0, kept: 0 };
  for (const what of outcome.values()) counts[what] += 1;
  const active = input.native.length - inactive;
  return {
    findings,
    gaps: coverageGaps(input.sources, input.assets),
    summary: {
      sources: input.sources.map((s) => ({ ...s, aiAssets: aiAssetsIn(s, input.assets).length })),
      read: input.native.length,
      ...counts,
      omitted: active - outcome.size,
      inactive,
    },
  };
}

/** The check result a native finding folds into (its index): the first equivalent that failed, else the first present. */
function foldTarget(
  rule: FoldRule,
  findings: readonly Finding[],
  onAsset: readonly number[] = [],
): number | undefined {
  const candidates = rule.checkIds
    .map((checkId) => onAsset.find((at) => findings[at]!.checkId === checkId))
    .filter((at): at is number => at !== undefined);
  return candidates.find((at) => findings[at]!.status === "fail") ?? candidates[0];
}

/** Each resource's results, as indexes into `findings`. */
function groupByResource(findings: readonly Finding[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  findings.forEach((finding, at) => {
    const key = normalizeResourceId(finding.resource.id);
    const list = out.get(key);
    if (list) list.push(at);
    else out.set(key, [at]);
  });
  return out;
}

/** The merge changes sources, status, evidence, native and escalated on the results it touches: on copies. */
function copyFinding(finding: Finding): Finding {
  return {
    ...finding,
    sources: [...finding.sources],
    evidence: { ...finding.evidence },
    ...(finding.native ? { native: [...finding.native] } : {}),
  };
}

import type { Asset } from "../model/asset.js";
import { BUILT_IN_MESSAGES, type AnyCheck, type CheckInputs, type CheckOutcome } from "../model/check.js";
import { sensitivityOf } from "../model/classification.js";
import { fingerprint, type Finding } from "../model/finding.js";
import { AssetGraph } from "../model/graph.js";
import { raiseSeverity } from "../model/severity.js";
import { formatMessage } from "./format-message.js";

/**
 * Runs every applicable check on every asset. Pure: the same assets give the same findings. A check that needs a
 * user input which was not given is skipped: it has nothing to judge by.
 */
export function evaluateAssets(
  assets: readonly Asset[],
  checks: readonly AnyCheck[],
  inputs: CheckInputs = {},
): Finding[] {
  const graph = new AssetGraph(assets);
  // By id, so the order of the catalogue never shows in the output.
  const byId = [...checks]
    .filter((check) => !check.needsInput || inputs[check.needsInput] !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
  const byKind = new Map<string, AnyCheck[]>();
  for (const check of byId) byKind.set(check.kind, [...(byKind.get(check.kind) ?? []), check]);
  const findings: Finding[] = [];
  for (const asset of assets) {
    // One resource object for all of an asset's results: a large scan keeps ten or more per asset.
    let resource: Finding["resource"] | undefined;
    for (const check of byKind.get(asset.kind) ?? []) {
      if (check.providers && !check.providers.includes(asset.provider)) continue;
      resource ??= { id: asset.id, type: asset.type, name: asset.name };
      findings.push(toFinding(check, asset, resource, runCheck(check, asset, graph, inputs)));
    }
  }
  return findings;
}

/**
 * Every check result's sources, shared rather than one array per result. Frozen: the merge copies a result before
 * it adds a native source.
 */
const OUR_SOURCES: string[] = Object.freeze(["aiposture"]) as unknown as string[];

/** A check that throws is a bug, but it must not end the scan: its result is unknown and says so. */
function runCheck(check: AnyCheck, asset: Asset, graph: AssetGraph, inputs: CheckInputs): CheckOutcome {
  try {
    return check.evaluate(asset, graph, inputs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: "unknown", messageId: "internalError", data: { internalError: reason } };
  }
}

function toFinding(
  check: AnyCheck,
  asset: Asset,
  resource: Finding["resource"],
  outcome: CheckOutcome,
): Finding {
  const raisesOnSensitive = check.sensitiveDataRaisesSeverity ?? check.category === "exposure";
  const sensitive = raisesOnSensitive ? sensitivityOf(asset) : undefined;
  const base = outcome.severity ?? check.severity;
  const raised = sensitive !== undefined && outcome.status === "fail";
  const severity = raised ? raiseSeverity(base) : base;
  // The outcome's own data is the evidence (each evaluation makes it afresh); copied only to add to it.
  const evidence: Record<string, unknown> = raised
    ? { ...outcome.data, severityRaisedFor: sensitive }
    : (outcome.data ?? {});
  const finding: Finding = {
    id: fingerprint(check.id, asset.id),
    checkId: check.id,
    title: check.title,
    status: outcome.status,
    severity,
    category: check.category,
    provider: asset.provider,
    account: asset.account,
    region: asset.region,
    resource,
    messageId: outcome.messageId,
    message: messageOf(check, outcome),
    evidence,
    remediation: check.remediation,
    compliance: check.compliance,
    sources: OUR_SOURCES,
  };
  if (asset.dataClassification) finding.dataClassification = asset.dataClassification;
  return finding;
}

/** The outcome's message, formatted from the check's template (or a built-in one) and the outcome's data. */
export function messageOf(check: Pick<AnyCheck, "messages">, outcome: CheckOutcome): string {
  const id = outcome.messageId;
  const builtIn: Readonly<Record<string, string>> = BUILT_IN_MESSAGES;
  const template = Object.hasOwn(check.messages, id)
    ? check.messages[id]
    : Object.hasOwn(builtIn, id)
      ? builtIn[id]
      : undefined;
  return template === undefined ? `${id} (no message declared)` : formatMessage(template, outcome.data);
}

import type { Asset } from "../model/asset.js";
import { BUILT_IN_MESSAGES, type AnyCheck, type CheckInputs, type CheckOutcome } from "../model/check.js";
import { isSensitiveClassification } from "../model/classification.js";
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
  const findings: Finding[] = [];
  for (const asset of assets) {
    for (const check of byId) {
      if (check.kind !== asset.kind) continue;
      if (check.providers && !check.providers.includes(asset.provider)) continue;
      findings.push(toFinding(check, asset, runCheck(check, asset, graph, inputs)));
    }
  }
  return findings;
}

/** A check that throws is a bug, but it must not end the scan: its result is unknown and says so. */
function runCheck(check: AnyCheck, asset: Asset, graph: AssetGraph, inputs: CheckInputs): CheckOutcome {
  try {
    return check.evaluate(asset, graph, inputs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: "unknown", messageId: "internalError", data: { internalError: reason } };
  }
}

function toFinding(check: AnyCheck, asset: Asset, outcome: CheckOutcome): Finding {
  const raisesOnSensitive = check.sensitiveDataRaisesSeverity ?? check.category === "exposure";
  const sensitive = raisesOnSensitive && isSensitiveClassification(asset.dataClassification);
  const base = outcome.severity ?? check.severity;
  const severity = sensitive && outcome.status === "fail" ? raiseSeverity(base) : base;
  const evidence = { ...outcome.data };
  if (sensitive && outcome.status === "fail")
    evidence.severityRaisedFor = `data-classification=${asset.dataClassification}`;
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
    resource: { id: asset.id, type: asset.type, name: asset.name },
    messageId: outcome.messageId,
    message: messageOf(check, outcome),
    evidence,
    remediation: check.remediation,
    compliance: check.compliance,
    sources: ["aiposture"],
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

// Builders for the findings the merge produces or changes: a folded check result, the escalated
// "exposed and under active attack" finding, and a native finding kept as one of its own.
import type { Asset } from "../model/asset.js";
import type { ComplianceMap, Remediation } from "../model/check.js";
import { sensitivityOf } from "../model/classification.js";
import { fingerprint, type Finding, type FindingResource } from "../model/finding.js";
import { NATIVE_SOURCE_NAMES, nativeEvidence, type NativeFinding } from "../model/native-finding.js";
import { raiseSeverity, severityRank, type Severity } from "../model/severity.js";
import { ESCALATION, NATIVE_COMPLIANCE, nativeCheckId } from "./rules.js";

/** Folds a native finding into our equivalent check result, in place on the merge's own copy. */
export function foldInto(target: Finding, native: NativeFinding, asset: Asset): void {
  const name = NATIVE_SOURCE_NAMES[native.source];
  if (target.status === "pass") {
    // Our read of the configuration is current; the native finding may predate a fix. Keep both, say so.
    target.native = [...(target.native ?? []), nativeEvidence(native, false)];
    target.evidence.nativeDisagrees = `${name} still reports ${native.type}${seen(native)}; it may predate a fix — archive it in ${name} once confirmed`;
  } else if (target.status === "unknown") {
    // We could not read it; the native source could. Its verdict decides, and the finding says whose it is.
    target.status = "fail";
    target.evidence.decidedBy = native.source;
    target.evidence.unknownBecause = target.message;
    target.message = `${name} reports ${native.type}: ${native.title}${seen(native)} (aiposture could not read this itself)`;
    target.sources = target.sources.filter((s) => s !== "aiposture");
    if (target.category === "exposure" && sensitivityOf(asset) !== undefined)
      target.severity = raiseSeverity(target.severity);
    target.native = [...(target.native ?? []), nativeEvidence(native, true)];
  } else {
    target.native = [...(target.native ?? []), nativeEvidence(native, true)];
  }
  if (!target.sources.includes(native.source)) target.sources.push(native.source);
}

/** One critical finding per resource: the misconfigurations that expose it and the threats seen on it. */
export function escalatedFinding(asset: Asset, underlying: Finding[], threats: NativeFinding[]): Finding {
  // Ties by check id, so the text does not depend on the order of the check catalogue.
  const worstFirst = [...underlying].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.checkId.localeCompare(b.checkId),
  );
  const sources = unique(threats.map((t) => t.source));
  const names = sources.map((s) => NATIVE_SOURCE_NAMES[s]).join(" and ");
  const threatText = threats.map((t) => `${t.type} (${t.severity}${seen(t)})`).join("; ");
  const finding: Finding = {
    id: fingerprint(ESCALATION.checkId, asset.id),
    checkId: ESCALATION.checkId,
    title: ESCALATION.title,
    status: "fail",
    severity: "critical",
    category: "threat",
    provider: asset.provider,
    account: asset.account,
    region: asset.region,
    resource: resourceOf(asset),
    message: `${names} reports ${threatText} on a resource that fails ${worstFirst.map((f) => f.checkId).join(", ")}`,
    evidence: {
      misconfigurations: worstFirst.map((f) => ({
        findingId: f.id,
        checkId: f.checkId,
        severity: f.severity,
        message: f.message,
      })),
      threats: threats.map((t) => ({
        ...nativeEvidence(t),
        description: t.description,
        resourceIds: t.resourceIds,
      })),
    },
    remediation: escalationRemediation(worstFirst),
    compliance: unionCompliance([ESCALATION.compliance, ...worstFirst.map((f) => f.compliance)]),
    sources: ["aiposture", ...sources],
    native: threats.map((t) => nativeEvidence(t)),
  };
  if (asset.dataClassification) finding.dataClassification = asset.dataClassification;
  return finding;
}

/**
 * A native finding nobody folded or escalated, on an AI asset (or, with --all-native, on any resource): one
 * finding per native type and resource, aggregating repeats.
 */
export function keptFinding(resource: KeptResource, natives: NativeFinding[]): Finding {
  const first = natives[0]!;
  const severity = natives.map((n) => n.severity).reduce(worse);
  const count = natives.reduce((sum, n) => sum + n.count, 0);
  const name = NATIVE_SOURCE_NAMES[first.source];
  const lastSeen = natives
    .map((n) => n.lastSeen)
    .filter((s): s is string => Boolean(s))
    .sort()
    .pop();
  const finding: Finding = {
    id: fingerprint(nativeCheckId(first), resource.id),
    checkId: nativeCheckId(first),
    title: first.title,
    status: "fail",
    severity,
    category: "threat",
    provider: resource.provider,
    account: resource.account,
    region: resource.region,
    resource: { id: resource.id, type: resource.type, name: resource.name },
    message: `${name} reports ${first.type}: ${first.title}${inParens(describeSeen(count, lastSeen))}`,
    evidence: {
      source: first.source,
      nativeType: first.type,
      ...(first.description ? { description: first.description } : {}),
      resourceIds: unique(natives.flatMap((n) => n.resourceIds)),
      ...(resource.aiAsset ? {} : { outsideAiInventory: true }),
    },
    remediation: first.remediation ?? {
      text: `Investigate the ${name} finding ${first.nativeId} and follow ${name}'s remediation for ${first.type}; aiposture has no check of its own for it.`,
    },
    compliance: NATIVE_COMPLIANCE[first.kind],
    sources: unique(natives.map((n) => n.source)),
    native: natives.map((n) => nativeEvidence(n)),
  };
  if (resource.dataClassification) finding.dataClassification = resource.dataClassification;
  return finding;
}

export interface KeptResource extends FindingResource {
  provider: Asset["provider"];
  account: string;
  region: string;
  aiAsset: boolean;
  dataClassification?: string;
}

export function keptResourceOf(asset: Asset, aiAsset: boolean): KeptResource {
  return {
    ...resourceOf(asset),
    provider: asset.provider,
    account: asset.account,
    region: asset.region,
    aiAsset,
    ...(asset.dataClassification ? { dataClassification: asset.dataClassification } : {}),
  };
}

/** A resource aiposture did not collect, named from the native finding alone (--all-native). */
export function nativeOnlyResource(native: NativeFinding): KeptResource {
  const id = native.resourceIds[0] ?? `${native.provider}:${native.account}:${native.region}`;
  return {
    id,
    type: native.resourceType ?? "unknown",
    name: id.split(/[/:]/).filter(Boolean).pop() ?? id,
    provider: native.provider,
    account: native.account,
    region: native.region,
    aiAsset: false,
  };
}

function resourceOf(asset: Asset): FindingResource {
  return { id: asset.id, type: asset.type, name: asset.name };
}

function escalationRemediation(underlying: Finding[]): Remediation {
  const cli: Remediation["cli"] = {};
  for (const finding of underlying) {
    for (const [provider, command] of Object.entries(finding.remediation.cli ?? {})) {
      const key = provider as keyof NonNullable<Remediation["cli"]>;
      if (command && !cli[key]) cli[key] = command;
    }
  }
  const steps = unique(underlying.map((f) => `${f.checkId}: ${f.remediation.text}`));
  return { text: `${ESCALATION.remediation}\n${steps.map((s) => `- ${s}`).join("\n")}`, cli };
}

function unionCompliance(maps: readonly ComplianceMap[]): ComplianceMap {
  const out: Record<string, string[]> = {};
  for (const map of maps) {
    for (const [framework, controls] of Object.entries(map))
      out[framework] = unique([...(out[framework] ?? []), ...(controls ?? [])]);
  }
  return out as ComplianceMap;
}

/** ", 7 events, last seen 2025-05-02T09:12:00Z" (or "" when there is nothing to say). */
function seen(native: NativeFinding): string {
  const text = describeSeen(native.count, native.lastSeen);
  return text ? `, ${text}` : "";
}

function describeSeen(count: number, lastSeen: string | undefined): string {
  return [count > 1 ? `${count} events` : "", lastSeen ? `last seen ${lastSeen}` : ""]
    .filter(Boolean)
    .join(", ");
}

function inParens(text: string): string {
  return text ? ` (${text})` : "";
}

function worse(a: Severity, b: Severity): Severity {
  return severityRank(b) > severityRank(a) ? b : a;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

// The compliance view: for each control of a framework, which checks evidence it and what the scan found.
// A control no check maps to is "not-covered", never a pass; a mapped control with no resource evaluated is
// "unknown" (nothing was looked at), so silence never reads as compliance.
import type { Finding } from "../model/finding.js";
import type { Status } from "../model/severity.js";
import { globMatches } from "../text/glob.js";
import type { FrameworkControl, FrameworkDefinition } from "./framework.js";
import { FRAMEWORK_DEFINITIONS } from "./frameworks/index.js";

export type ControlStatus = "pass" | "fail" | "unknown" | "not-covered";

/** What the view needs to know of a check: its id and the compliance map it carries. */
export interface CheckCompliance {
  id: string;
  compliance: Readonly<Record<string, readonly string[] | undefined>>;
}

export interface ControlFinding {
  id: string;
  checkId: string;
  status: Status;
  severity: string;
  resource: string;
  suppressed?: boolean;
}

export interface ControlView {
  id: string;
  title: string;
  status: ControlStatus;
  /** Why the status, in words (e.g. "no resource of these checks was evaluated"). */
  note?: string;
  checks: string[];
  sources: string[];
  counts: Record<Status, number>;
  findings: ControlFinding[];
}

export interface FrameworkView {
  framework: string;
  name: string;
  version: string;
  url: string;
  summary: Record<ControlStatus, number>;
  controls: ControlView[];
}

export function frameworkById(id: string): FrameworkDefinition | undefined {
  return FRAMEWORK_DEFINITIONS.find(
    (framework) => framework.id === id || (framework.aliases ?? []).includes(id),
  );
}

/** The checks (of the catalogue) that evidence a control, by the checks' own maps or the framework's globs. */
export function checksForControl(
  framework: FrameworkDefinition,
  control: FrameworkControl,
  catalogue: readonly CheckCompliance[],
): string[] {
  const ids = new Set<string>();
  const key = framework.checkMapKey;
  for (const check of catalogue) {
    if (key && check.compliance[key]?.includes(control.id)) ids.add(check.id);
    for (const mapping of control.mappings ?? [])
      if (mapping.checks.some((pattern) => globMatches(pattern, check.id, false))) ids.add(check.id);
  }
  return [...ids].sort();
}

export function frameworkView(
  framework: FrameworkDefinition,
  findings: readonly Finding[],
  catalogue: readonly CheckCompliance[],
): FrameworkView {
  const controls = framework.controls.map((control) => controlView(framework, control, findings, catalogue));
  const summary = { pass: 0, fail: 0, unknown: 0, "not-covered": 0 };
  for (const control of controls) summary[control.status] += 1;
  return {
    framework: framework.id,
    name: framework.name,
    version: framework.version,
    url: framework.url,
    summary,
    controls,
  };
}

function controlView(
  framework: FrameworkDefinition,
  control: FrameworkControl,
  findings: readonly Finding[],
  catalogue: readonly CheckCompliance[],
): ControlView {
  const checks = checksForControl(framework, control, catalogue);
  const covered = new Set(checks);
  const related = findings.filter((finding) => covered.has(finding.checkId));
  const counts = { fail: 0, pass: 0, unknown: 0 };
  for (const finding of related) counts[finding.status] += 1;
  const sources = [
    ...(framework.checkMapKey && framework.mappingSource && checks.length > 0
      ? [framework.mappingSource]
      : []),
    ...(control.mappings ?? []).map((mapping) => mapping.source),
  ];
  const base = {
    id: control.id,
    title: control.title,
    checks,
    sources,
    counts,
    findings: related.map((finding): ControlFinding => ({
      id: finding.id,
      checkId: finding.checkId,
      status: finding.status,
      severity: finding.severity,
      resource: finding.resource.id,
      ...(finding.suppressed ? { suppressed: true } : {}),
    })),
  };
  if (checks.length === 0)
    return {
      ...base,
      status: "not-covered",
      note: control.gap
        ? `${control.gap.status}: ${control.gap.reason}`
        : "no aiposture check evidences this control",
    };
  // An accepted (suppressed) failure is still a failure of the control: acceptance is a decision, not compliance.
  if (counts.fail > 0) return { ...base, status: "fail" };
  if (counts.unknown > 0) return { ...base, status: "unknown", note: "some resources could not be read" };
  if (counts.pass > 0) return { ...base, status: "pass" };
  return { ...base, status: "unknown", note: "no resource of these checks was evaluated in this scan" };
}

/**
 * Every framework's control ids for one check: its own compliance map plus the framework files' globs.
 * Used by the formats (SARIF tags, OCSF compliance, ASFF RelatedRequirements).
 */
export function complianceForCheck(check: CheckCompliance): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const framework of FRAMEWORK_DEFINITIONS) {
    const ids = framework.controls
      .filter((control) => checksForControl(framework, control, [check]).length > 0)
      .map((control) => control.id);
    if (ids.length > 0) out[framework.id] = ids;
  }
  return out;
}

/** Catalogue entries for checks that produced findings but are not in the given catalogue (merge results). */
export function withFindingChecks(
  catalogue: readonly CheckCompliance[],
  findings: readonly Finding[],
): CheckCompliance[] {
  const known = new Map(catalogue.map((check) => [check.id, check]));
  for (const finding of findings)
    if (!known.has(finding.checkId))
      known.set(finding.checkId, { id: finding.checkId, compliance: finding.compliance });
  return [...known.values()];
}

// What a registry's vulnerability scan says about the AI packages in an image: shared by the image's own check and
// by the model check, which judges a custom image from its registry scan instead of its tag.
import type { ImagePackageFinding, ImageScan } from "../../src/model/assets/container-image.js";
import { severityRank, type Severity } from "../../src/model/severity.js";
import { AI_PACKAGES } from "../../src/supply-chain/ai-packages.js";
import { findAdvisories, UNRATED_AS } from "../../src/supply-chain/advisories.js";

export type RatedFinding = ImagePackageFinding & { severity: Severity; basis: string; fixedIn?: string };

export type ScanVerdict =
  | { status: "incomplete"; scanStatus: string; why: string }
  | { status: "clean"; others: number }
  | { status: "vulnerable"; findings: RatedFinding[]; lines: string[]; worst: Severity };

/** ECR / Inspector severity labels; UNDEFINED and UNTRIAGED carry none, so OSV decides. */
const LABELS: Record<string, Severity> = {
  CRITICAL: "critical",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  INFORMATIONAL: "info",
};

const pep503 = (name: string) => name.toLowerCase().replace(/[-_.]+/g, "-");
const AI = new Set<string>(AI_PACKAGES.map(pep503));

/**
 * The finding's own label, else the OSV advisory with the same id or alias, else UNRATED_AS; the fixed version,
 * when the registry gives none, comes from the same OSV advisory.
 */
function rate(finding: ImagePackageFinding): RatedFinding {
  const verdict = findAdvisories(finding.package, finding.version);
  const advisory =
    verdict.status === "judged"
      ? verdict.advisories.find(
          (a) => a.id === finding.vulnerabilityId || a.aliases.includes(finding.vulnerabilityId),
        )
      : undefined;
  const fixedIn = finding.fixedIn ?? advisory?.fixedVersion;
  const rated = { ...finding, ...(fixedIn ? { fixedIn } : {}) };
  const label = LABELS[finding.severity.toUpperCase()];
  if (label) return { ...rated, severity: label, basis: `registry: ${finding.severity}` };
  if (advisory && advisory.severity !== "unrated")
    return { ...rated, severity: advisory.severity, basis: `OSV ${advisory.id}: ${advisory.severityBasis}` };
  return {
    ...rated,
    severity: UNRATED_AS,
    basis: `unrated by the registry and OSV: reported at ${UNRATED_AS}`,
  };
}

export function scanVerdict(scan: ImageScan): ScanVerdict {
  if (!["COMPLETE", "ACTIVE"].includes(scan.status.toUpperCase()))
    return { status: "incomplete", scanStatus: scan.status, why: scan.description ?? "no findings to judge" };
  const ai = scan.findings.filter((f) => AI.has(pep503(f.package)));
  if (ai.length === 0) return { status: "clean", others: scan.findings.length + scan.unnamed };
  const findings = ai.map(rate);
  const worst = findings.map((f) => f.severity).sort((a, b) => severityRank(b) - severityRank(a))[0]!;
  const lines = findings.map(
    (f) =>
      `${f.package} ${f.version}: ${f.vulnerabilityId} (${f.severity}; ${f.fixedIn ? `fixed in ${f.fixedIn}` : "no fixed version reported"})`,
  );
  return { status: "vulnerable", findings, lines: [...new Set(lines)], worst };
}

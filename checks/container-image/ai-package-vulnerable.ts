import { cannotTell, defineCheck, fail, pass, unknown, type CheckOutcome } from "../../src/model/check.js";
import type { ImagePackageFinding, ImageScan } from "../../src/model/assets/container-image.js";
import { isUnknown } from "../../src/model/known.js";
import { severityRank, type Severity } from "../../src/model/severity.js";
import { AI_PACKAGES } from "../../src/supply-chain/ai-packages.js";
import { findAdvisories, UNRATED_AS } from "../../src/supply-chain/advisories.js";
import { VULNERABILITY_MANAGEMENT } from "../compliance.js";

const MESSAGES = {
  vulnerable: "The registry's scan finds vulnerable AI packages: {{packages}}",
  notScanned: "The registry has no scan of this image: {{why}}",
  scanNotComplete: "The registry's scan is {{status}}: {{why}}",
  clean: "No scan finding on an AI package ({{others}} finding(s) on other packages)",
} as const;

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

/** The finding's own label, else the OSV advisory with the same id or alias, else UNRATED_AS. */
/** The fixed version, when the registry gives none, comes from the same OSV advisory. */
function severityOf(finding: ImagePackageFinding): { severity: Severity; basis: string; fixedIn?: string } {
  const verdict = findAdvisories(finding.package, finding.version);
  const advisory =
    verdict.status === "judged"
      ? verdict.advisories.find(
          (a) => a.id === finding.vulnerabilityId || a.aliases.includes(finding.vulnerabilityId),
        )
      : undefined;
  const fixedIn = finding.fixedIn ?? advisory?.fixedVersion;
  const fix = fixedIn ? { fixedIn } : {};
  const label = LABELS[finding.severity.toUpperCase()];
  if (label) return { severity: label, basis: `registry: ${finding.severity}`, ...fix };
  if (advisory && advisory.severity !== "unrated")
    return { severity: advisory.severity, basis: `OSV ${advisory.id}: ${advisory.severityBasis}`, ...fix };
  return {
    severity: UNRATED_AS,
    basis: `unrated by the registry and OSV: reported at ${UNRATED_AS}`,
    ...fix,
  };
}

export default defineCheck({
  id: "image.ai-package-vulnerable",
  title:
    "Private images that models and training jobs run must not carry AI packages with known vulnerabilities",
  kind: "container-image",
  providers: ["aws"],
  category: "supply-chain",
  severity: "critical",
  compliance: VULNERABILITY_MANAGEMENT,
  remediation: {
    text: "Rebuild the image with each flagged package at or above its fixed version, push it, and point the model (a new model and endpoint configuration) or the training job at the new digest. Keep ECR scanning on (enhanced scanning re-scans as advisories appear).",
    cli: {
      aws: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    },
  },
  messages: MESSAGES,
  evaluate: (image) => {
    if (isUnknown(image.scan)) return cannotTell("the registry's scan of the image", image.scan);
    if (image.scan === null)
      return unknown("notScanned", {
        uri: image.uri,
        why: "scan on push or enhanced scanning is off for the repository, so its packages are not known",
      });
    return judge(image.scan);
  },
});

function judge(scan: ImageScan): CheckOutcome<keyof typeof MESSAGES> {
  if (!["COMPLETE", "ACTIVE"].includes(scan.status.toUpperCase()))
    return unknown("scanNotComplete", {
      status: scan.status,
      why: scan.description ?? "no findings to judge",
    });
  const ai = scan.findings.filter((f) => AI.has(pep503(f.package)));
  if (ai.length === 0)
    return pass("clean", { others: scan.findings.length + scan.unnamed, completedAt: scan.completedAt });
  const rated = ai.map((f) => ({ ...f, ...severityOf(f) }));
  const worst = rated.map((f) => f.severity).sort((a, b) => severityRank(b) - severityRank(a))[0]!;
  const lines = rated.map(
    (f) =>
      `${f.package} ${f.version}: ${f.vulnerabilityId} (${f.severity}; ${f.fixedIn ? `fixed in ${f.fixedIn}` : "no fixed version reported"})`,
  );
  return fail(
    "vulnerable",
    { packages: [...new Set(lines)], findings: rated, completedAt: scan.completedAt },
    worst,
  );
}

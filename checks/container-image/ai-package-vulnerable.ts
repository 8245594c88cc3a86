import { cannotTell, defineCheck, fail, pass, unknown, type CheckOutcome } from "../../src/model/check.js";
import type { ImageScan } from "../../src/model/assets/container-image.js";
import { isUnknown } from "../../src/model/known.js";
import { scanVerdict } from "./scan-verdict.js";
import { VULNERABILITY_MANAGEMENT } from "../compliance.js";

const MESSAGES = {
  vulnerable: "The registry's scan finds vulnerable AI packages: {{packages}}",
  notScanned: "The registry has no scan of this image: {{why}}",
  scanNotComplete: "The registry's scan is {{status}}: {{why}}",
  clean: "No scan finding on an AI package ({{others}} finding(s) on other packages)",
} as const;

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
  const verdict = scanVerdict(scan);
  if (verdict.status === "incomplete")
    return unknown("scanNotComplete", { status: verdict.scanStatus, why: verdict.why });
  if (verdict.status === "clean")
    return pass("clean", { others: verdict.others, completedAt: scan.completedAt });
  return fail(
    "vulnerable",
    { packages: verdict.lines, findings: verdict.findings, completedAt: scan.completedAt },
    verdict.worst,
  );
}

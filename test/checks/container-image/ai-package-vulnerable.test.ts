import check from "../../../checks/container-image/ai-package-vulnerable.js";
import { normalizeEcrImage } from "../../../providers/aws/ecr/normalize.js";
import { replyReader } from "../../../providers/aws/replies.js";
import type { ContainerImageAsset, ImageScan } from "../../../src/model/assets/container-image.js";
import { emptyInventory } from "../../../src/model/inventory.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";

const URI = "111122223333.dkr.ecr.us-east-1.amazonaws.com/scorer:1.0";

function image(scan: ContainerImageAsset["scan"]): ContainerImageAsset {
  return {
    id: "arn:aws:ecr:us-east-1:111122223333:repository/scorer:1.0",
    kind: "container-image",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    type: "aws.ecr.image",
    name: URI,
    tags: unknown("not read"),
    relations: [],
    raw: {},
    uri: URI,
    usedBy: [],
    manifest: { layers: 1 },
    scan,
  };
}

const complete = (findings: ImageScan["findings"]): ImageScan => ({
  status: "COMPLETE",
  findings,
  unnamed: 0,
});

/** A raw DescribeImageScanFindings reply (basic scanning) through the real normalizer. */
const fromReply = (reply: unknown) =>
  normalizeEcrImage(
    {
      provider: "aws",
      account: "111122223333",
      region: "us-east-1",
      service: "ecr",
      resourceType: "aws.ecr.image",
      resourceId: "arn:aws:ecr:us-east-1:111122223333:repository/scorer:1.0",
      name: URI,
      replies: { UsedBy: [], DescribeImageScanFindings: reply },
    },
    replyReader(emptyInventory()),
  );

checkTable(check, {
  valid: [
    {
      name: "findings only on OS packages",
      asset: image(
        complete([{ package: "openssl", version: "3.0.2", vulnerabilityId: "CVE-1", severity: "HIGH" }]),
      ),
      messageId: "clean",
      data: { others: 1 },
    },
    { name: "a clean scan", asset: image(complete([])), messageId: "clean" },
  ],
  invalid: [
    {
      name: "enhanced scan: torch with a critical CVE",
      asset: image(
        complete([
          {
            package: "torch",
            version: "2.1.0",
            vulnerabilityId: "CVE-2025-32434",
            severity: "CRITICAL",
            fixedIn: "2.6.0",
          },
        ]),
      ),
      messageId: "vulnerable",
      severity: "critical",
      data: { packages: ["torch 2.1.0: CVE-2025-32434 (critical; fixed in 2.6.0)"] },
    },
    {
      name: "severity follows the finding: a MEDIUM one on Transformers (PEP 503 name)",
      asset: image(
        complete([
          { package: "Transformers", version: "4.30.0", vulnerabilityId: "CVE-X", severity: "MEDIUM" },
        ]),
      ),
      messageId: "vulnerable",
      severity: "medium",
    },
    {
      name: "raw basic-scan reply: UNDEFINED severity, no OSV match, reported at the unrated level",
      asset: fromReply({
        imageScanStatus: { status: "COMPLETE" },
        imageScanFindings: {
          findings: [
            {
              name: "CVE-0000-0001",
              severity: "UNDEFINED",
              attributes: [
                { key: "package_name", value: "gradio" },
                { key: "package_version", value: "3.0.0" },
              ],
            },
          ],
        },
      }),
      messageId: "vulnerable",
      severity: "high",
    },
  ],
  unknown: [
    { name: "never scanned (ScanNotFoundException)", asset: fromReply(null), messageId: "notScanned" },
    {
      name: "scan in progress",
      asset: image({ status: "IN_PROGRESS", findings: [], unnamed: 0 }),
      messageId: "scanNotComplete",
    },
    {
      name: "DescribeImageScanFindings denied",
      asset: image(unknown("DescribeImageScanFindings failed: AccessDeniedException")),
      messageId: "cannotTell",
    },
  ],
});

// A small report whose cloud-controlled strings (names, ids, messages, evidence, native alert text) carry
// formula, markup and script payloads, for the escaping tests of every format.
import { buildReport } from "../../src/engine/report.js";
import type { Finding, Report } from "../../src/model/finding.js";

export const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=1">',
  "javascript:window.__pwned=1",
  '=HYPERLINK("http://evil","x")',
];

const base: Omit<Finding, "id" | "checkId" | "status" | "resource" | "message"> = {
  title: "Storage must not be readable by anyone on the internet",
  severity: "high",
  category: "exposure",
  provider: "aws",
  account: "111122223333",
  region: "eu-west-1",
  evidence: { sid: PAYLOADS[1] },
  remediation: {
    text: "Turn on Block Public Access.",
    cli: {
      aws: "aws s3api put-public-access-block --bucket BUCKET --region REGION",
      azure: "az storage account update --name ACCOUNT --resource-group GROUP",
    },
  },
  compliance: { hipaa: ["164.312(a)(1)"] },
  sources: ["aiposture"],
};

export function hostileReport(): Report {
  const findings: Finding[] = [
    {
      ...base,
      id: "f1",
      checkId: "storage.public-read",
      status: "fail",
      resource: { id: "arn:aws:s3:::evil-bucket", type: "aws.s3.bucket", name: PAYLOADS[0]! },
      message: `=cmd|'/c calc'!A1 ${PAYLOADS[1]}`,
      native: [
        {
          source: "guardduty",
          id: "n1",
          type: "Policy:S3/BucketAnonymousAccessGranted",
          title: PAYLOADS[0]!,
          severity: "high",
          nativeSeverity: 8,
          count: 1,
        },
      ],
    },
    {
      ...base,
      id: "f2",
      checkId: "storage.public-read",
      status: "unknown",
      provider: "azure",
      account: "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f",
      region: "westeurope",
      resource: {
        id: "/subscriptions/6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f/resourceGroups/rg-ml/providers/Microsoft.Storage/storageAccounts/mlstore",
        type: "azure.storage.account",
        name: "mlstore",
      },
      message: `+${PAYLOADS[2]}\u0007`,
    },
    {
      ...base,
      id: "f3",
      checkId: "storage.versioning",
      status: "pass",
      severity: "low",
      resource: { id: "arn:aws:s3:::good", type: "aws.s3.bucket", name: "@good\tbucket" },
      message: "-Versioning enabled",
    },
  ];
  return buildReport({
    version: "0.0.0-test",
    startedAt: "2026-01-01T00:00:00.000Z",
    scopes: [{ provider: "aws", account: "111122223333", regions: ["eu-west-1"] }],
    findings,
    errors: [],
    assetCount: 3,
  });
}

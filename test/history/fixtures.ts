// Plain findings and reports for history tests that need no cloud.
import { fingerprint, type Finding, type Report } from "../../src/model/finding.js";
import type { CollectionError } from "../../src/model/inventory.js";
import type { Severity, Status } from "../../src/model/severity.js";
import { buildReport } from "../../src/engine/report.js";

export function finding(
  checkId: string,
  bucket: string,
  status: Status,
  severity: Severity = "high",
  account = "111122223333",
): Finding {
  const id = `arn:aws:s3:::${bucket}`;
  return {
    id: fingerprint(checkId, id),
    checkId,
    title: `title of ${checkId}`,
    status,
    severity,
    category: "exposure",
    provider: "aws",
    account,
    region: "us-east-1",
    resource: { id, type: "aws.s3.bucket", name: bucket },
    message: `${checkId} is ${status} on ${bucket}`,
    evidence: {},
    remediation: { text: "fix it" },
    compliance: {},
    sources: ["aiposture"],
  };
}

export function report(
  startedAt: string,
  findings: Finding[],
  options: { errors?: CollectionError[]; accounts?: string[] } = {},
): Report {
  const r = buildReport({
    version: "test",
    startedAt,
    scopes: (options.accounts ?? ["111122223333"]).map((account) => ({
      provider: "aws" as const,
      account,
      regions: ["us-east-1"],
    })),
    findings,
    errors: options.errors ?? [],
    assetCount: 3,
  });
  return { ...r, finishedAt: startedAt };
}

export function gap(account = "111122223333", region = "eu-west-1"): CollectionError {
  return {
    provider: "aws",
    account,
    region,
    service: "s3",
    operation: "GetBucketLogging",
    resource: "other",
    code: "AccessDenied",
    message: "denied",
  };
}

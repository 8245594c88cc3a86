// `export security-hub` over the wire to the emulated Security Hub: batches of at most 100 per region, partial
// failures reported finding by finding, throttling absorbed by the SDK's retry; the write has its own
// operations list and policy, never the scanner's.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runSecurityHubExport } from "../../cli/commands/export.js";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { exportToSecurityHub } from "../../cli/export/security-hub/export.js";
import {
  SECURITY_HUB_EXPORT_OPERATIONS,
  securityHubExportPolicy,
} from "../../cli/export/security-hub/operations.js";
import { startEmulator, type Emulator } from "../../mocks/index.js";
import { importedFindings } from "../../mocks/services/securityhub.js";
import { buildReport } from "../../src/engine/report.js";
import type { Finding, Report } from "../../src/model/finding.js";
import { OPERATIONS } from "../../wiring/registry.js";

const ACCOUNT = "111122223333"; // the demo estate's AWS account, which the emulator's credentials map to
const ALLOW = [{ service: "securityhub", operation: "BatchImportFindings", resource: "*" }];
let emulator: Emulator | undefined;

afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function finding(n: number, region: string, account = ACCOUNT): Finding {
  return {
    id: `fp${n}`,
    checkId: "storage.public-read",
    title: "Storage must not be readable by anyone on the internet",
    status: n % 5 === 0 ? "pass" : "fail",
    severity: "high",
    category: "exposure",
    provider: "aws",
    account,
    region,
    resource: { id: `arn:aws:s3:::bucket-${n}`, type: "aws.s3.bucket", name: `bucket-${n}` },
    message: `bucket-${n} is public`,
    evidence: {},
    remediation: {
      text: "Block public access.",
      cli: { aws: "aws s3api put-public-access-block --bucket BUCKET" },
    },
    compliance: { hipaa: ["164.312(a)(1)"] },
    sources: ["aiposture"],
  };
}

function report(findings: Finding[]): Report {
  return buildReport({
    version: "t",
    startedAt: "2026-01-01T00:00:00.000Z",
    scopes: [],
    findings,
    errors: [],
    assetCount: 0,
  });
}

describe("export security-hub", () => {
  it("imports in batches of at most 100 per region and reports the findings Security Hub refused", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE, allowWrites: ALLOW });
    const findings = [
      ...Array.from({ length: 230 }, (_, i) => finding(i, "eu-west-1")),
      ...Array.from({ length: 40 }, (_, i) => finding(1000 + i, "us-east-1")),
      // Another account's findings cannot be imported with this account's credentials: partial failure.
      ...Array.from({ length: 3 }, (_, i) => finding(2000 + i, "us-east-1", "444455556666")),
      { ...finding(3000, "westeurope"), provider: "azure" as const }, // not AWS: not sent
    ];
    const result = await exportToSecurityHub(report(findings), {
      endpoint: emulator.endpoint,
      maxAttempts: 3,
    });
    expect(result.sent).toBe(273);
    expect(result.batches).toBe(3 + 1);
    expect(emulator.calls()["securityhub:BatchImportFindings"]).toBe(4);
    expect(result.imported).toBe(270);
    expect(result.failed.map((f) => [f.id, f.code]).sort()).toEqual(
      [2000, 2001, 2002].map((n) => [`aiposture/fp${n}`, "AccessDeniedException"]),
    );
    const stored = importedFindings(emulator.runtime);
    expect(stored.size).toBe(270);
    expect(stored.get("eu-west-1/aiposture/fp1")?.finding).toMatchObject({
      Workflow: { Status: "NEW" },
      Compliance: { Status: "FAILED" },
    });
    expect(emulator.writesAccepted()).toHaveLength(4);
  });

  it("rides out throttling with the SDK's retry", async () => {
    emulator = await startEmulator({
      estate: DEMO_ESTATE,
      allowWrites: ALLOW,
      faults: {
        throttle: [
          {
            service: "securityhub",
            operation: "BatchImportFindings",
            firstAttempts: 2,
            retryAfterSeconds: 0,
          },
        ],
      },
    });
    const result = await exportToSecurityHub(
      report(Array.from({ length: 150 }, (_, i) => finding(i, "eu-west-1"))),
      {
        endpoint: emulator.endpoint,
        maxAttempts: 5,
        batchSize: 100,
      },
    );
    expect(result).toMatchObject({ sent: 150, imported: 150, failed: [], batches: 2 });
    expect(emulator.calls()["securityhub:BatchImportFindings"]).toBe(4);
  });

  it("reports a whole batch refused (no permission) and exits 3, naming each finding", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE }); // the scanner's emulator: writes refused
    const file = join(mkdtempSync(join(tmpdir(), "aiposture-sh-")), "report.json");
    writeFileSync(file, JSON.stringify(report([finding(1, "eu-west-1"), finding(2, "eu-west-1")])));
    let err = "";
    const code = await runSecurityHubExport(
      file,
      { endpoint: emulator.endpoint, maxAttempts: 1, batchSize: 100 },
      { stdout: () => {}, stderr: (t) => void (err += t), progress: false },
    );
    expect(code).toBe(3);
    expect(err).toMatch(/not imported: aiposture\/fp1 \(eu-west-1\): AccessDeniedException/);
    expect(emulator.writesAttempted()).toEqual(["securityhub:BatchImportFindings"]);
  });

  it("has its own least-privilege policy, and the scanner's read-only list never holds the write", () => {
    expect(securityHubExportPolicy().Statement).toEqual([
      {
        Sid: "AiPostureSecurityHubImport",
        Effect: "Allow",
        Action: ["securityhub:BatchImportFindings"],
        Resource: "arn:aws:securityhub:*:*:product/*/default",
      },
    ]);
    expect(SECURITY_HUB_EXPORT_OPERATIONS.map((op) => op.operation)).toEqual(["BatchImportFindings"]);
    expect(OPERATIONS.aws.some((op) => op.iamAction.startsWith("securityhub:"))).toBe(false);
  });
});

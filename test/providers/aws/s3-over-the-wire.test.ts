// The S3 collector through the official SDK clients against the emulated cloud: pagination, throttling,
// AccessDenied and malformed replies, and that every call is a read.
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { S3_CALLS_PER_BUCKET } from "../../../providers/aws/s3/collect.js";
import { findingFor, scanEmulator, verdicts } from "../../support/scan.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function demoScan(
  options: Parameters<typeof startEmulator>[0] extends infer O ? Partial<O> : never = {},
) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...options });
  const result = await scanEmulator(emulator);
  return { ...result, emulator };
}

describe("S3 over the wire", () => {
  it("reads every bucket in its own region with read calls only, and the demo's planted cases come out", async () => {
    const { report, emulator: emu } = await demoScan();
    expect(report.errors).toEqual([]);
    expect(emu.writesAttempted()).toEqual([]);
    expect(emu.redirects()).toBe(0);
    const calls = emu.calls();
    // Every service the scan touches (S3, GuardDuty, …) is called with reads only.
    expect(
      Object.keys(calls).filter((key) => !/^[a-z0-9-]+:(Get|List|Head|Describe|BatchGet)/.test(key)),
    ).toEqual([]);
    const buckets = report.findings.filter((f) => f.resource.type === "aws.s3.bucket");
    const bucketCount = new Set(buckets.map((f) => f.resource.id)).size;
    const perBucket = Object.entries(calls)
      .filter(([key]) => key.startsWith("s3:Get"))
      .reduce((sum, [, n]) => sum + n, 0);
    expect(perBucket).toBe(bucketCount * S3_CALLS_PER_BUCKET);

    expect(findingFor(report, "storage.public-read", "ai-clinical-notes-phi")).toMatchObject({
      status: "fail",
      severity: "critical",
    });
    expect(findingFor(report, "storage.public-read", "ai-public-datasets-acl")?.status).toBe("fail");
    expect(findingFor(report, "storage.public-acl", "ai-eval-results-masked")?.status).toBe("pass");
    expect(findingFor(report, "storage.public-read", "ai-shared-features-org")?.status).toBe("pass");
    expect(findingFor(report, "storage.public-write", "ai-model-artifacts-prod")).toMatchObject({
      status: "fail",
      severity: "critical",
    });
    expect(findingFor(report, "storage.customer-managed-key", "ai-embeddings-sse-s3")?.status).toBe("fail");
    expect(findingFor(report, "storage.encryption-at-rest", "ai-embeddings-sse-s3")?.status).toBe("pass");
    expect(findingFor(report, "account.s3-block-public-access", "111122223333")?.status).toBe("fail");
    const hardened = report.findings.filter((f) => f.resource.name.includes("hardened"));
    expect(hardened.length).toBeGreaterThan(5);
    // Without --scan-artifacts the served artifacts are not read: that check cannot tell, on the twin too.
    const needsArtifacts = (f: { checkId: string }) => f.checkId === "graph.unsafe-model-public-endpoint";
    for (const f of hardened.filter(needsArtifacts))
      expect([f.status, f.message]).toEqual(["unknown", expect.stringContaining("--scan-artifacts")]);
    expect(hardened.filter((f) => f.status !== "pass" && !needsArtifacts(f))).toEqual([]);
  });

  it("gives the same verdicts with a page size of 1", async () => {
    const clean = await demoScan();
    await clean.emulator.close();
    const paged = await demoScan({ pageSize: 1 });
    expect(paged.emulator.calls()["s3:ListBuckets"]).toBeGreaterThan(5);
    expect(verdicts(paged.report)).toEqual(verdicts(clean.report));
  });

  it("gives the same verdicts through a throttling storm, retried by the SDK", async () => {
    const clean = await demoScan();
    await clean.emulator.close();
    // Every read of two buckets fails twice, and the listing and identity calls once, with the services' own
    // throttling errors; the SDK's adaptive retry must absorb all of it.
    const twice = { service: "s3", operation: "*", firstAttempts: 2, retryAfterSeconds: 0 };
    const stormy = await demoScan({
      faults: {
        throttle: [
          { ...twice, resource: "ai-clinical-notes-phi" },
          { ...twice, resource: "ai-model-artifacts-prod" },
          { service: "s3", operation: "ListBuckets", firstAttempts: 1, retryAfterSeconds: 0 },
          { service: "sts", operation: "*", firstAttempts: 1, retryAfterSeconds: 0 },
        ],
      },
    });
    expect(stormy.report.errors).toEqual([]);
    expect(verdicts(stormy.report)).toEqual(verdicts(clean.report));
    const total = Object.values(stormy.emulator.calls()).reduce((a, b) => a + b, 0);
    const cleanTotal = Object.values(clean.emulator.calls()).reduce((a, b) => a + b, 0);
    // Eight reads per bucket (the per-bucket operations in providers/aws/s3/operations.ts).
    expect(total).toBe(cleanTotal + 2 * 2 * 8 + 1 + 1);
  });

  it("turns AccessDenied on one bucket's policy into unknown plus an error entry, never a pass", async () => {
    const { report } = await demoScan({
      faults: {
        accessDenied: [{ service: "s3", operation: "GetBucketPolicy", resource: "ai-clinical-notes-phi" }],
      },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        operation: "GetBucketPolicy",
        resource: "ai-clinical-notes-phi",
        code: "AccessDenied",
        region: "us-east-1",
      }),
    ]);
    const read = findingFor(report, "storage.public-read", "ai-clinical-notes-phi");
    expect(read?.status).toBe("unknown");
    expect(read?.message).toMatch(/AccessDenied/);
    expect(findingFor(report, "storage.tls-only", "ai-clinical-notes-phi")?.status).toBe("unknown");
    // Other buckets and other reads of the same bucket are unaffected.
    expect(findingFor(report, "storage.versioning", "ai-clinical-notes-phi")?.status).toBe("pass");
    expect(findingFor(report, "storage.public-write", "ai-model-artifacts-prod")?.status).toBe("fail");
  });

  it("records a malformed reply as an error for that operation and goes on", async () => {
    const { report } = await demoScan({
      faults: {
        malformed: [{ service: "s3", operation: "GetBucketAcl", resource: "ai-public-datasets-acl" }],
      },
    });
    expect(report.errors.map((e) => `${e.operation} ${e.resource}`)).toEqual([
      "GetBucketAcl ai-public-datasets-acl",
    ]);
    expect(findingFor(report, "storage.public-acl", "ai-public-datasets-acl")?.status).toBe("unknown");
    expect(findingFor(report, "storage.encryption-at-rest", "ai-public-datasets-acl")?.status).toBe("pass");
  });

  it("makes the account check unknown when S3 Control is denied, and keeps scanning buckets", async () => {
    const { report } = await demoScan({
      faults: { accessDenied: [{ service: "s3control", operation: "*" }] },
    });
    expect(findingFor(report, "account.s3-block-public-access", "111122223333")?.status).toBe("unknown");
    // Bucket exposure that depends on RestrictPublicBuckets at the account level can no longer be decided...
    expect(findingFor(report, "storage.public-read", "ai-clinical-notes-phi")?.status).toBe("unknown");
    // ...but a bucket whose own settings block public access still can.
    expect(findingFor(report, "storage.public-read", "ai-training-data-hardened")?.status).toBe("pass");
  });

  it("reads only the requested regions", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const { report } = await scanEmulator(emulator, { regions: ["us-west-2"] });
    const regions = new Set(
      report.findings.filter((f) => f.resource.type === "aws.s3.bucket").map((f) => f.region),
    );
    expect([...regions]).toEqual(["us-west-2"]);
  });
});

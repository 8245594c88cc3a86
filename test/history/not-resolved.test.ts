// A failure is resolved only by a pass, or by its resource being gone from an account read without errors.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { day, demoEstate, failing, keys, scanAt, tempDir, withoutBucket } from "./helpers.js";

const DENY_ARTIFACTS_POLICY = {
  accessDenied: [{ service: "s3", operation: "GetBucketPolicy", resource: "ai-model-artifacts-prod" }],
};

describe("what history does not call resolved", () => {
  it("keeps a failure that turned unknown open, and says so", async () => {
    const file = join(tempDir("unknown"), "h.db");
    await scanAt(day(1), demoEstate(), { history: file });
    const denied = await scanAt(day(2), demoEstate(), { history: file, faults: DENY_ARTIFACTS_POLICY });

    const write = failing(denied.report, "ai-model-artifacts-prod", "storage.public-write");
    expect(write?.status).toBe("unknown");
    expect(write?.history).toEqual({
      state: "unverified",
      firstSeen: day(1).toISOString(),
      lastSeen: day(1).toISOString(),
    });
    expect(denied.report.resolved).toEqual([]);
    const unverified = denied.report.unverified ?? [];
    expect(keys(unverified)).toEqual(
      expect.arrayContaining([
        "storage.public-read ai-model-artifacts-prod",
        "storage.public-write ai-model-artifacts-prod",
      ]),
    );
    expect(unverified.every((u) => u.reason === "unknown")).toBe(true);

    // Readable again: still the same open period, first seen on day 1.
    const again = await scanAt(day(4), demoEstate(), { history: file });
    expect(failing(again.report, "ai-model-artifacts-prod", "storage.public-write")?.history).toEqual({
      state: "persisting",
      firstSeen: day(1).toISOString(),
      lastSeen: day(4).toISOString(),
    });
    expect(again.report.resolved).toEqual([]);
  });

  it("prints unverified failures in the table, apart from resolved ones", async () => {
    const file = join(tempDir("unknown-print"), "h.db");
    await scanAt(day(1), demoEstate(), { history: file });
    const { stdout } = await scanAt(day(2), demoEstate(), {
      history: file,
      format: "table",
      faults: DENY_ARTIFACTS_POLICY,
    });
    expect(stdout).toMatch(/NOT RESOLVED, fix not verified \(4\)/);
    expect(stdout).toMatch(/^ {2}CRITICAL +storage\.public-write ai-model-artifacts-prod \(now unknown\)$/m);
    expect(stdout).toContain("now unknown: not resolved]");
    expect(stdout).not.toContain("RESOLVED since");
    expect(Math.max(...stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it("does not resolve a vanished resource when its account had read errors", async () => {
    const file = join(tempDir("gap"), "h.db");
    await scanAt(day(1), demoEstate(), { history: file });
    const gappy = await scanAt(day(2), withoutBucket(demoEstate(), "ai-legacy-corpus-unencrypted"), {
      history: file,
      // An unrelated bucket's read fails: the account was not fully read.
      faults: {
        accessDenied: [{ service: "s3", operation: "GetBucketLogging", resource: "ai-eval-results-masked" }],
      },
    });
    expect(gappy.report.errors.length).toBeGreaterThan(0);
    expect(gappy.report.resolved).toEqual([]);
    const legacy = (gappy.report.unverified ?? []).filter(
      (u) => u.resource.name === "ai-legacy-corpus-unencrypted",
    );
    expect(legacy.length).toBe(3);
    expect(legacy.every((u) => u.reason === "coverage-gap")).toBe(true);

    // Read fully, the deletion is proof: resolved as gone, open since day 1.
    const clean = await scanAt(day(3), withoutBucket(demoEstate(), "ai-legacy-corpus-unencrypted"), {
      history: file,
    });
    expect(keys(clean.report.resolved ?? [])).toEqual([
      "storage.customer-managed-key ai-legacy-corpus-unencrypted",
      "storage.encryption-at-rest ai-legacy-corpus-unencrypted",
      "storage.tls-only ai-legacy-corpus-unencrypted",
    ]);
    expect(
      clean.report.resolved?.every((r) => r.how === "gone" && r.firstSeen === day(1).toISOString()),
    ).toBe(true);
  });

  it("resolves no bucket finding when ListBuckets is denied", async () => {
    const file = join(tempDir("list-denied"), "h.db");
    const first = await scanAt(day(1), demoEstate(), { history: file });
    const blind = await scanAt(day(2), demoEstate(), {
      history: file,
      faults: { accessDenied: [{ service: "s3", operation: "ListBuckets" }] },
    });
    // Bucket findings only: a check elsewhere that (wrongly) passes without the bucket list would resolve its own.
    const buckets = (list: ReadonlyArray<{ resource: { type: string } }>) =>
      list.filter((f) => f.resource.type === "aws.s3.bucket");
    expect(buckets(blind.report.resolved ?? [])).toEqual([]);
    const failedBefore = buckets(first.report.findings.filter((f) => f.status === "fail"));
    const unverified = buckets(blind.report.unverified ?? []);
    expect(unverified).toHaveLength(failedBefore.length);
    expect(unverified.every((u) => "reason" in u && u.reason === "coverage-gap")).toBe(true);
  });
});

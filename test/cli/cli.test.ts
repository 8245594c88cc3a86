// The CLI end to end, as a user runs it: a real process, real exit codes, the demo's JSON contract.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { parseJsonReport } from "../../src/report/json.js";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "bin", "aiposture.js");
const dir = mkdtempSync(join(tmpdir(), "aiposture-cli-"));

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

interface ReportJson {
  schemaVersion: number;
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  scopes: unknown[];
  findings: Array<
    Record<string, unknown> & {
      status: string;
      severity: string;
      resource: { id: string; type: string; name: string };
    }
  >;
  errors: unknown[];
  summary: { total: number; byStatus: Record<string, number> };
}

describe("aiposture demo", () => {
  let report: ReportJson;
  let raw: ReportJson & { checks: Record<string, unknown> };
  let inventoryFile: string;
  beforeAll(async () => {
    const out = join(dir, "demo.json");
    inventoryFile = join(dir, "inventory.json");
    const result = await cli("demo", "--format", "json", "--output", out, "--save-inventory", inventoryFile);
    // Every demo verdict is decided (the custom image by its registry's scan), so --fail-on none exits 0.
    expect(result.code, result.stderr).toBe(0);
    raw = JSON.parse(readFileSync(out, "utf8")) as ReportJson & { checks: Record<string, unknown> };
    report = parseJsonReport(raw) as unknown as ReportJson;
  });

  it("follows the JSON contract", () => {
    // On file, schemaVersion 2: each check's title, remediation and compliance once, under "checks".
    expect(raw.schemaVersion).toBe(2);
    expect(Object.keys(raw.checks)).toContain("storage.public-read");
    expect(report.tool.name).toBe("aiposture");
    expect(Date.parse(report.finishedAt)).toBeGreaterThanOrEqual(Date.parse(report.startedAt));
    expect(report.scopes.length).toBeGreaterThan(0);
    expect(report.summary.total).toBe(report.findings.length);
    for (const finding of report.findings) {
      for (const key of [
        "id",
        "checkId",
        "title",
        "status",
        "severity",
        "category",
        "provider",
        "account",
        "region",
        "resource",
        "message",
        "evidence",
        "remediation",
        "compliance",
        "sources",
      ]) {
        expect(finding, `${String(finding.checkId)} lacks ${key}`).toHaveProperty(key);
      }
      expect(["fail", "pass", "unknown"]).toContain(finding.status);
      expect(["critical", "high", "medium", "low", "info"]).toContain(finding.severity);
      expect(finding.resource.id).toMatch(/^(arn:|\/subscriptions\/)/);
    }
    const ids = report.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("shows the planted failures, passes in the JSON, and nothing failing on hardened assets", () => {
    const failing = report.findings.filter((f) => f.status === "fail");
    expect(failing.some((f) => f.checkId === "storage.public-read" && f.severity === "critical")).toBe(true);
    expect(report.findings.some((f) => f.status === "pass")).toBe(true);
    expect(failing.filter((f) => f.resource.name.toLowerCase().includes("hardened"))).toEqual([]);
  });

  it("re-evaluates a saved inventory offline to the same verdicts", async () => {
    const result = await cli(
      "scan",
      "--from-inventory",
      inventoryFile,
      "--format",
      "json",
      "--fail-on",
      "none",
    );
    expect(result.code).toBe(0);
    const again = parseJsonReport(JSON.parse(result.stdout)) as unknown as ReportJson;
    const key = (r: ReportJson) =>
      r.findings.map((f) => `${String(f.checkId)}|${f.resource.id}|${f.status}|${f.severity}`).sort();
    expect(key(again)).toEqual(key(report));
  });

  it("prints a table that fits 80 columns and leads with the worst", async () => {
    const result = await cli("demo");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(lines[2]).toMatch(/^CRITICAL fail/);
  });
});

describe("exit codes", () => {
  it("exits 1 when a failure is at or above --fail-on", async () => {
    expect((await cli("demo", "--fail-on", "critical", "--format", "json")).code).toBe(1);
  });

  it("exits 3 when the scan had coverage gaps but no failure at the threshold", async () => {
    const inventory = JSON.parse(readFileSync(join(dir, "inventory.json"), "utf8")) as { errors: unknown[] };
    inventory.errors.push({
      provider: "aws",
      account: "111122223333",
      region: "us-east-1",
      service: "s3",
      operation: "GetBucketPolicy",
      resource: "x",
      code: "AccessDenied",
      message: "denied",
    });
    const file = join(dir, "gappy.json");
    writeFileSync(file, JSON.stringify(inventory));
    const result = await cli("scan", "--from-inventory", file, "--fail-on", "none");
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/COVERAGE GAPS \(1\)/);
  });

  it("exits 2 on bad input and names the place", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({
        schemaVersion: 1,
        collectedAt: "x",
        scopes: [],
        records: [{ provider: "aws" }],
        errors: [],
      }),
    );
    const result = await cli("scan", "--from-inventory", bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${bad}: records[0].account`);
    expect((await cli("scan", "--provider", "gcp")).code).toBe(2);
    expect((await cli("scan", "--concurrency", "0")).code).toBe(2);
    expect(
      (await cli("scan", "--checks", "nope.*", "--from-inventory", join(dir, "inventory.json"))).stderr,
    ).toMatch(/matches no check/);
  });
});

describe("other commands", () => {
  it("lists the catalogue as JSON", async () => {
    const result = await cli("checks", "--format", "json");
    const checks = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(checks.length).toBeGreaterThanOrEqual(10);
    for (const check of checks)
      expect(Object.keys(check)).toEqual(
        expect.arrayContaining(["id", "title", "severity", "category", "kind", "providers"]),
      );
  });

  it("evaluates policy files, one verdict or error per file", async () => {
    const open = join(dir, "open.json");
    const broken = join(dir, "broken.json");
    writeFileSync(
      open,
      JSON.stringify({
        Statement: [
          { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*" },
        ],
      }),
    );
    writeFileSync(broken, "{ not json");
    const result = await cli("policy", open, broken, "--format", "json");
    const out = JSON.parse(result.stdout) as Array<{
      file: string;
      public?: boolean;
      reasons?: string[];
      error?: string;
    }>;
    expect(out[0]).toMatchObject({ file: open, public: true });
    expect(out[0]?.reasons?.join(" ")).toMatch(/Principal "\*"/);
    expect(out[1]?.file).toBe(broken);
    expect(out[1]?.error).toMatch(/not valid JSON/);
    expect(result.code).toBe(2);
  });

  it("generates the least-privilege IAM policy from the operations list, reads only", async () => {
    const policy = JSON.parse((await cli("permissions")).stdout) as {
      Statement: Array<{ Action: string[] }>;
    };
    const actions = policy.Statement.flatMap((s) => s.Action);
    expect(actions).toContain("s3:GetBucketPolicy");
    expect(actions).toContain("s3:GetAccountPublicAccessBlock");
    // sts:AssumeRole is the one exception: it mints credentials for --org/--accounts and changes no cloud state.
    for (const action of actions.filter((a) => a !== "sts:AssumeRole"))
      expect(action).toMatch(/^[a-z0-9-]+:(Get|List|Describe|Batch|Search)/);
  });
});

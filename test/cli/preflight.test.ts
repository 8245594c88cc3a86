// Preflight, as a user meets it: a real process, credentials resolved once before any collection. No credentials,
// a profile that does not exist, or no Azure sign-in stop the scan with exit 2 and the fix; the emulator sees no
// call. A profile that does exist goes on to scan over the wire.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../mocks/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "aiposture.js");
const home = mkdtempSync(join(tmpdir(), "aiposture-preflight-"));
const config = join(home, "config");
const credentials = join(home, "credentials");
writeFileSync(config, "[profile audit]\nregion = us-east-1\n");
writeFileSync(
  credentials,
  "[audit]\naws_access_key_id = AKIAAUDITPROFILEKEY1\naws_secret_access_key = not-a-real-secret\n",
);

/** No credentials anywhere: an empty home, no AWS_* or AZURE_* variables, no instance metadata. */
const BARE_ENV = {
  PATH: process.env.PATH ?? "",
  HOME: home,
  AWS_CONFIG_FILE: config,
  AWS_SHARED_CREDENTIALS_FILE: credentials,
  AWS_EC2_METADATA_DISABLED: "true",
};

function cli(args: string[], env: NodeJS.ProcessEnv = BARE_ENV) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ estate: join(ROOT, "mocks", "estates", "example.yaml") });
});
afterAll(() => emulator?.close());

describe.concurrent("preflight", () => {
  it("no AWS credentials: exit 2 with the fix, in one line, no stack trace", async () => {
    const result = await cli(["scan", "--max-attempts", "1", "--regions", "us-east-1"], {
      ...BARE_ENV,
      AWS_CONFIG_FILE: join(home, "none"),
      AWS_SHARED_CREDENTIALS_FILE: join(home, "none"),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiposture: aws: no credentials found .*aws configure.*--profile/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  });

  it("--profile nosuch: exit 2 naming the profile and the profiles there are; nothing is called", async () => {
    const own = await startEmulator({ estate: join(ROOT, "mocks", "estates", "example.yaml") });
    try {
      const result = await cli(["scan", "--endpoint", own.endpoint, "--profile", "nosuch"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('profile "nosuch" does not exist');
      expect(result.stderr).toContain("profiles there: audit");
      expect(own.calls()).toEqual({});
    } finally {
      await own.close();
    }
  });

  it("an existing profile resolves its identity over the wire and the scan goes on", async () => {
    const result = await cli([
      "scan",
      "--endpoint",
      emulator.endpoint,
      "--profile",
      "audit",
      "--format",
      "json",
      "--fail-on",
      "none",
    ]);
    expect(result.stderr).not.toContain("aiposture: aws:");
    // Exit 3: the example estate denies one bucket's policy; the scan itself ran with the profile's keys.
    expect(result.code).toBe(3);
    const report = JSON.parse(result.stdout) as { findings: unknown[]; errors: { code: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.errors.map((e) => e.code)).toContain("AccessDenied");
    expect(report.errors.map((e) => e.code)).not.toContain("CredentialsProviderError");
    expect(emulator.calls()["sts:GetCallerIdentity"]).toBeGreaterThanOrEqual(2);
  });

  it("no Azure sign-in: exit 2 naming az login and the service principal variables", async () => {
    const result = await cli(["scan", "--provider", "azure"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^aiposture: azure: no credentials for https:\/\/management\.azure\.com/);
    expect(result.stderr).toContain("az login");
    expect(result.stderr).toContain("AZURE_CLIENT_SECRET");
  });
});

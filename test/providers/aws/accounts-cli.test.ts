// The account flags as a user types them: `aiposture scan --org` against the emulated organization, and the
// usage errors for account ids and flag combinations.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { MANAGEMENT, MEMBER_A, MEMBER_B, MEMBER_NO_ROLE, organizationEstate } from "./accounts-fixtures.js";

const run = promisify(execFile);
const BIN = join(import.meta.dirname, "..", "..", "..", "bin", "aiposture.js");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // The emulator's own credentials (the scan's default with --endpoint) land in the management account.
  const { AWS_ACCESS_KEY_ID: _k, AWS_SECRET_ACCESS_KEY: _s, AWS_PROFILE: _p, ...env } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ estate: organizationEstate() });
});
afterAll(() => emu.close());

describe("aiposture scan --org / --accounts", () => {
  it("scans every ACTIVE account of the organization and reports the one it could not enter", async () => {
    const result = await cli(
      "scan",
      "--endpoint",
      emu.endpoint,
      "--regions",
      "us-east-1",
      "--org",
      "--format",
      "json",
    );
    const report = JSON.parse(result.stdout) as {
      scopes: Array<{ account: string }>;
      errors: Array<{ account: string; operation: string; code: string }>;
    };
    expect(report.scopes.map((s) => s.account).sort()).toEqual([
      MANAGEMENT,
      MEMBER_A,
      MEMBER_B,
      MEMBER_NO_ROLE,
    ]);
    expect(report.errors).toContainEqual(
      expect.objectContaining({ account: MEMBER_NO_ROLE, operation: "AssumeRole", code: "AccessDenied" }),
    );
    // Failures found (the members' public buckets): exit 1, as for any scan with failures.
    expect(result.code, result.stderr).toBe(1);
  });

  it("refuses malformed account ids and --accounts with --org as usage errors", async () => {
    const bad = await cli("scan", "--endpoint", emu.endpoint, "--accounts", `${MEMBER_A},12345`);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("not a 12-digit AWS account id: 12345");
    const both = await cli("scan", "--endpoint", emu.endpoint, "--accounts", MEMBER_A, "--org");
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be used with option '--org'/);
    const arn = await cli("scan", "--endpoint", emu.endpoint, "--role-arn", "arn:aws:iam::1:role/x");
    expect(arn.code).toBe(2);
    expect(arn.stderr).toContain("expected an IAM role ARN");
  });
});

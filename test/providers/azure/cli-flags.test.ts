// The Azure side of the CLI: scan --provider azure with --azure-endpoint / --azure-ca / --subscriptions, the
// demo scanning both clouds, and permissions --provider azure from the real binary.
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { parseSubscriptionIds } from "../../../providers/azure/flags.js";
import { DEMO_ESTATE, runDemo } from "../../../cli/commands/demo.js";
import { runScan, type Io, type ScanFlags } from "../../../cli/commands/scan.js";
import { InputError } from "../../../src/model/input-error.js";

const SANDBOX = "8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d";
const quiet: Io = { stdout: () => undefined, stderr: () => undefined, progress: false };
const base: ScanFlags = { provider: "azure", format: "json", failOn: "none", concurrency: 8, maxAttempts: 3 };
const dir = mkdtempSync(join(tmpdir(), "aiposture-azure-"));

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

describe("aiposture scan --provider azure", () => {
  it("scans the subscriptions given, trusting the certificate file given", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const ca = join(dir, "ca.pem");
    writeFileSync(ca, emulator.azureCaCertificate);
    const { report } = await runScan(
      { ...base, azureEndpoint: emulator.azureEndpoint, azureCa: ca, subscriptions: [SANDBOX] },
      quiet,
    );
    expect(report.errors).toEqual([]);
    expect(new Set(report.findings.map((f) => `${f.provider} ${f.account}`))).toEqual(
      new Set([`azure ${SANDBOX}`]),
    );
  });

  it("names a CA file it cannot use", async () => {
    const notPem = join(dir, "not.pem");
    writeFileSync(notPem, "hello");
    await expect(
      runScan({ ...base, azureEndpoint: "https://127.0.0.1:1", azureCa: notPem }, quiet),
    ).rejects.toThrow(InputError);
    await expect(
      runScan({ ...base, azureEndpoint: "https://127.0.0.1:1", azureCa: join(dir, "missing.pem") }, quiet),
    ).rejects.toThrow(/--azure-ca .*missing\.pem: cannot read \(ENOENT\)/);
  });

  it("checks subscription ids", () => {
    expect(parseSubscriptionIds(`${SANDBOX.toUpperCase()}, ${SANDBOX}`)).toEqual([SANDBOX]);
    expect(() => parseSubscriptionIds("my-subscription")).toThrow(/not an Azure subscription id/);
  });
});

describe("aiposture demo", () => {
  it("scans AWS and Azure together", async () => {
    const { report } = await runDemo(
      { format: "json", failOn: "none", concurrency: 16, maxAttempts: 4 },
      quiet,
    );
    const providers = new Set(report.scopes.map((s) => s.provider));
    expect(providers).toEqual(new Set(["aws", "azure"]));
    expect(report.findings.some((f) => f.provider === "azure" && f.status === "fail")).toBe(true);
    expect(report.errors.filter((e) => e.provider === "azure")).toEqual([]);
  });
});

describe("aiposture permissions --provider azure", () => {
  it("prints the custom role from the binary", async () => {
    const bin = join(import.meta.dirname, "..", "..", "..", "bin", "aiposture.js");
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      "permissions",
      "--provider",
      "azure",
    ]);
    const role = JSON.parse(stdout) as { Actions: string[]; IsCustom: boolean };
    expect(role.IsCustom).toBe(true);
    expect(role.Actions).toContain("Microsoft.Storage/storageAccounts/blobServices/containers/read");
    expect(role.Actions.every((a) => a.endsWith("/read"))).toBe(true);
  });
});

// scan --approved-models against the emulated cloud: the demo estate's Azure deployments judged by the example
// policy, through the real SDK clients, with one endpoint's deployments denied to show the read gap.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_ESTATE, runDemo } from "../../cli/commands/demo.js";
import { runScan, type Io, type ScanFlags } from "../../cli/commands/scan.js";
import { startEmulator, type Emulator } from "../../mocks/index.js";
import type { Report } from "../../src/model/finding.js";
import { InputError } from "../../src/model/input-error.js";

const EXAMPLE = join(import.meta.dirname, "../../mocks/estates/approved-models.example.yaml");
const CHECKS = ["agent.approved-model", "ai-service.approved-models", "model-endpoint.approved-models"];
const quiet: Io = { stdout: () => undefined, stderr: () => undefined, progress: false };

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan(extra: Partial<ScanFlags>): Promise<Report> {
  emulator = await startEmulator({
    estate: DEMO_ESTATE,
    faults: {
      accessDenied: [
        {
          service: "azure-machinelearning",
          operation: "OnlineDeployments_List",
          resource: "*/ai-ml-hardened",
        },
      ],
    },
  });
  const flags: ScanFlags = {
    provider: "azure",
    format: "json",
    failOn: "none",
    concurrency: 8,
    maxAttempts: 2,
    azureEndpoint: emulator.azureEndpoint,
    azureCaCertificate: emulator.azureCaCertificate,
    ...extra,
  };
  return (await runScan(flags, quiet)).report;
}

const verdicts = (report: Report) =>
  Object.fromEntries(
    report.findings
      .filter((f) => CHECKS.includes(f.checkId))
      .map((f) => [`${f.checkId} ${f.resource.name}`, f.status]),
  );

describe("scan --approved-models", () => {
  it("fails the deployment of an unapproved model, passes approved ones, and never passes an unread endpoint", async () => {
    const report = await scan({ approvedModels: EXAMPLE });
    expect(verdicts(report)).toEqual({
      "ai-service.approved-models ai-openai-chat-public": "fail",
      "ai-service.approved-models ai-services-vision-restricted": "pass",
      "ai-service.approved-models ai-openai-hardened": "pass",
      "model-endpoint.approved-models triage-scoring-public": "pass",
      "model-endpoint.approved-models scoring-hardened": "unknown",
    });
    const failed = report.findings.find(
      (f) => f.checkId === "ai-service.approved-models" && f.status === "fail",
    );
    expect(failed?.message).toContain(
      "gpt-4o-mini-raw: gpt-4o-mini 2024-07-18 (format OpenAI) — not on the approved list",
    );
    expect(failed?.message).not.toContain("gpt-4o-support");
    const unread = report.findings.find(
      (f) => f.checkId === "model-endpoint.approved-models" && f.status === "unknown",
    );
    expect(unread?.message).toMatch(/OnlineDeployments_List failed: AuthorizationFailed/);
  });

  it("judges the models Bedrock agents and flows call too (the demo, both clouds)", async () => {
    const { report } = await runDemo(
      { format: "json", failOn: "none", concurrency: 8, maxAttempts: 2, approvedModels: EXAMPLE },
      quiet,
    );
    expect(verdicts(report)).toMatchObject({
      "agent.approved-model ai-support-agent-noguardrail": "fail",
      "agent.approved-model ai-agent-hardened": "pass",
      "agent.approved-model claims-flow-hardened": "pass",
      "model-endpoint.approved-models scoring-hardened": "pass",
    });
    const agent = report.findings.find((f) => f.checkId === "agent.approved-model" && f.status === "fail");
    expect(agent?.message).toContain("anthropic.claude-3-5-sonnet-20240620-v1:0 (publisher anthropic)");
  });

  it("does not run the checks without the file", async () => {
    expect(verdicts(await scan({}))).toEqual({});
  });

  it("refuses a bad file before any cloud call, naming the place", async () => {
    emulator = await startEmulator({ estate: DEMO_ESTATE });
    const bad = join(import.meta.dirname, "../../mocks/estates/demo.yaml");
    await expect(
      runScan(
        {
          provider: "azure",
          format: "json",
          failOn: "none",
          concurrency: 8,
          maxAttempts: 2,
          azureEndpoint: emulator.azureEndpoint,
          azureCaCertificate: emulator.azureCaCertificate,
          approvedModels: bad,
        },
        quiet,
      ),
    ).rejects.toThrow(InputError);
    expect(Object.keys(emulator.calls())).toEqual([]);
  });
});

// The AgentCore collector through the official SDK client (@aws-sdk/client-bedrock-agentcore-control) against
// the emulated cloud: the documented reads only, pagination, key ownership from KMS, AccessDenied as unknown
// plus an error entry, and the demo's planted cases and hardened twins.
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import type { Report } from "../../../src/model/finding.js";
import { findingFor, scanEmulator } from "../../support/scan.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan(options: Partial<Parameters<typeof startEmulator>[0]> = {}) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...options });
  const result = await scanEmulator(emulator, { regions: ["us-east-1", "eu-west-1"] });
  return { ...result, emulator };
}

const agentCoreCalls = (emu: Emulator) =>
  Object.fromEntries(Object.entries(emu.calls()).filter(([key]) => key.startsWith("bedrock-agentcore")));

const agentCoreVerdicts = (report: Report) =>
  report.findings
    .filter((f) => f.resource.type.startsWith("aws.bedrock-agentcore."))
    .map((f) => `${f.checkId} ${f.resource.name} ${f.status} ${f.severity}`)
    .sort();

describe("Bedrock AgentCore over the wire", () => {
  it("reads each resource with the documented calls only, and the planted cases come out", async () => {
    const { report, emulator: emu } = await scan();
    expect(report.errors.filter((e) => /agentcore|kms/.test(e.service))).toEqual([]);
    expect(emu.writesAttempted()).toEqual([]);
    const calls = agentCoreCalls(emu);
    // One page of each listing per region; one Get per custom resource (system tools are not listed).
    for (const op of [
      "ListAgentRuntimes",
      "ListGateways",
      "ListMemories",
      "ListBrowsers",
      "ListCodeInterpreters",
    ])
      expect(calls[`bedrock-agentcore-control:${op}`], op).toBe(2);
    for (const op of ["GetAgentRuntime", "GetGateway", "GetMemory", "GetBrowser", "GetCodeInterpreter"])
      expect(calls[`bedrock-agentcore-control:${op}`], op).toBe(2);
    expect(agentCoreVerdicts(report)).toEqual([
      "agent-gateway.customer-managed-key clinical-tools-hardened pass medium",
      "agent-gateway.customer-managed-key clinical-tools-open fail medium",
      "agent-gateway.inbound-auth clinical-tools-hardened pass high",
      "agent-gateway.inbound-auth clinical-tools-open fail high",
      "agent-memory.customer-managed-key patient_chat_memory fail medium",
      "agent-memory.customer-managed-key patient_chat_memory_hardened pass medium",
      "agent-runtime.public-network claims_triage_hardened pass high",
      "agent-runtime.public-network claims_triage_public fail high",
      "agent-tool.private-network analysis_hardened pass high",
      "agent-tool.private-network analysis_sandbox fail medium",
      "agent-tool.private-network research_browser_hardened pass high",
      "agent-tool.private-network research_browser_public fail high",
      "agent-tool.session-recording analysis_hardened pass medium",
      "agent-tool.session-recording analysis_sandbox pass medium",
      "agent-tool.session-recording research_browser_hardened pass medium",
      "agent-tool.session-recording research_browser_public fail medium",
    ]);
    // The memory names an AWS managed key by ARN: KMS, not the ARN's text, decided it.
    expect(findingFor(report, "agent-memory.customer-managed-key", "patient_chat_memory")?.message).toMatch(
      /AWS manages \(arn:aws:kms:us-east-1:111122223333:key\/8e7d6c5b/,
    );
  });

  it("gives the same verdicts one item per page", async () => {
    const clean = await scan();
    const expected = agentCoreVerdicts(clean.report);
    await clean.emulator.close();
    const paged = await scan({ pageSize: 1 });
    expect(paged.report.errors).toEqual([]);
    expect(agentCoreVerdicts(paged.report)).toEqual(expected);
    // Two runtimes in us-east-1 at one per page: two pages there, one in eu-west-1.
    expect(agentCoreCalls(paged.emulator)["bedrock-agentcore-control:ListAgentRuntimes"]).toBe(3);
  });

  it("says unknown, never pass or fail, where a read or KMS was denied, and keeps the rest", async () => {
    const { report } = await scan({
      faults: {
        accessDenied: [
          {
            service: "bedrock-agentcore-control",
            operation: "GetGateway",
            resource: "clinical-tools-open-*",
          },
          { service: "kms", operation: "DescribeKey", resource: "*agentcorecmk" },
        ],
      },
    });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service: "bedrock-agentcore-control",
          operation: "GetGateway",
          resource: "clinical-tools-open",
          code: "AccessDeniedException",
        }),
        expect.objectContaining({ service: "kms", operation: "DescribeKey" }),
      ]),
    );
    for (const check of ["agent-gateway.inbound-auth", "agent-gateway.customer-managed-key"])
      expect(findingFor(report, check, "clinical-tools-open")?.status, check).toBe("unknown");
    // The customer key could not be described: unknown, although its ARN looks like any customer key.
    expect(
      findingFor(report, "agent-memory.customer-managed-key", "patient_chat_memory_hardened")?.status,
    ).toBe("unknown");
    expect(findingFor(report, "agent-gateway.customer-managed-key", "clinical-tools-hardened")?.status).toBe(
      "unknown",
    );
    expect(findingFor(report, "agent-memory.customer-managed-key", "patient_chat_memory")?.status).toBe(
      "fail",
    );
    expect(findingFor(report, "agent-runtime.public-network", "claims_triage_public")?.status).toBe("fail");
  });

  it("records a denied listing as a region-wide gap, not as 'no gateways'", async () => {
    const { report, inventory } = await scan({
      faults: { accessDenied: [{ service: "bedrock-agentcore-control", operation: "ListGateways" }] },
    });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service: "bedrock-agentcore-control",
          operation: "ListGateways",
          region: "us-east-1",
        }),
      ]),
    );
    expect(report.errors.find((e) => e.operation === "ListGateways")?.resource).toBeUndefined();
    expect(inventory.records.filter((r) => r.resourceType === "aws.bedrock-agentcore.gateway")).toEqual([]);
  });
});

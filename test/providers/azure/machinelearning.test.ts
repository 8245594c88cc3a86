// Azure Machine Learning through the real @azure/arm-machinelearning client against the emulated Resource
// Manager: workspaces, online endpoints (with deployments) and compute instances; nextLink paging with a page size
// of 1; AuthorizationFailed → unknown plus a gap, never a pass.
import { azureReplyReader } from "../../../providers/azure/replies.js";
import { emptyInventory } from "../../../src/model/inventory.js";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import { azureProvider } from "../../../providers/azure/index.js";
import {
  normalizeComputeInstance,
  normalizeMlWorkspace,
} from "../../../providers/azure/machinelearning/normalize.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { assess } from "../../../src/engine/scan.js";
import type { Report } from "../../../src/model/finding.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { findingFor, verdicts } from "../../support/scan.js";
import { collectWith } from "../../support/collect.js";

const PROD = "6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f";
const ML_NAMES = new Set([
  "ai-ml-clinical-public",
  "ai-ml-hardened",
  "triage-scoring-public",
  "scoring-hardened",
  "ci-clinical-dev",
  "ci-hardened",
]);

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan(start: Partial<Parameters<typeof startEmulator>[0]> = {}) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, ...start });
  const inventory = await collectWith([azureProvider], {
    concurrency: 8,
    maxAttempts: 3,
    subscriptions: [PROD],
    azureEndpoint: emulator.azureEndpoint,
    azureCaCertificate: emulator.azureCaCertificate,
  });
  const { report } = assess(inventory, [azureProvider], ALL_CHECKS, new Date().toISOString(), "test");
  return { report, emulator };
}

const mlVerdicts = (report: Report) =>
  verdicts({ ...report, findings: report.findings.filter((f) => ML_NAMES.has(f.resource.name)) });

describe("Azure Machine Learning over the wire", () => {
  it("reports the planted workspace, endpoint and compute instance, and passes the hardened twins", async () => {
    const { report } = await scan();
    expect(report.errors).toEqual([]);
    for (const id of ["ml-workspace.public-internet", "ml-workspace.kms-key", "ml-workspace.public-storage"])
      expect(findingFor(report, id, "ai-ml-clinical-public")?.status, id).toBe("fail");
    for (const id of [
      "model-endpoint.public-network",
      "model-endpoint.key-auth",
      "model-endpoint.single-instance",
    ])
      expect(findingFor(report, id, "triage-scoring-public")?.status, id).toBe("fail");
    for (const id of [
      "notebook.root-access",
      "notebook.public-ip",
      "notebook.ssh-public",
      "notebook.vpc",
      "notebook.direct-internet-access",
    ])
      expect(findingFor(report, id, "ci-clinical-dev")?.status, id).toBe("fail");
    // The workspace GET at 2024-10-01, its diagnostic settings and its computes come over the wire.
    for (const id of [
      "managed-network",
      "private-endpoint",
      "user-assigned-identity",
      "diagnostic-logs",
      "identity-storage-access",
      "compute-local-auth",
      "compute-vnet",
      "compute-os-current",
      "compute-idle-shutdown",
    ])
      expect(findingFor(report, `ml-workspace.${id}`, "ai-ml-clinical-public")?.status, id).toBe("fail");
    expect(findingFor(report, "ml-workspace.compute-vnet", "ai-ml-clinical-public")?.message).toMatch(
      /cpu-cluster \(AmlCompute\)/,
    );
    expect(findingFor(report, "ml-workspace.managed-network", "ai-ml-hardened")?.message).toMatch(
      /only approved outbound/,
    );
    // The workspace's connections come over the wire and make one RAG chain finding naming each broken link.
    const rag = findingFor(report, "graph.rag-chain", "ai-ml-clinical-public (connections)");
    expect(rag?.status).toBe("fail");
    expect(rag?.message).toMatch(/data source aiclinicalnotesphi: anyone can read it/);
    expect(rag?.message).toMatch(/vector store ai-rag-search-public: public .*queries are not audit-logged/);
    expect(rag?.message).toMatch(
      /embedding model ai-openai-chat-public: open to the internet .*calls are not logged/,
    );
    expect(findingFor(report, "graph.rag-chain", "ai-ml-hardened (connections)")?.status).toBe("pass");
    // Each deployment's environment version comes over the wire; its conda file's pins are judged.
    const environment = findingFor(
      report,
      "model-endpoint.environment-vulnerable-framework",
      "triage-scoring-public",
    );
    expect(environment?.status).toBe("fail");
    expect(environment?.message).toMatch(/torch 1\.13\.1 in environment triage-env:3 has /);
    expect(
      findingFor(report, "model-endpoint.environment-vulnerable-framework", "scoring-hardened")?.message,
    ).toMatch(/No advisory for torch 2\.10\.0 in environment triage-env:4/);
    const storage = findingFor(report, "ml-workspace.public-storage", "ai-ml-clinical-public");
    expect(storage?.message).toMatch(/aiclinicalnotesphi/);
    // The cluster is listed but only compute instances become notebooks.
    expect(report.findings.some((f) => f.resource.name === "cpu-cluster")).toBe(false);
    const hardened = report.findings.filter(
      (f) => f.resource.name.includes("hardened") && ML_NAMES.has(f.resource.name),
    );
    expect(hardened.length).toBeGreaterThan(8);
    expect(hardened.filter((f) => f.status !== "pass")).toEqual([]);
    expect(findingFor(report, "notebook.root-access", "ci-hardened")?.message).toMatch(
      /enableRootAccess false/,
    );
  });

  it("follows nextLink with a page size of 1 and gives the same verdicts", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const paged = await scan({ pageSize: 1 });
    const calls = paged.emulator.calls();
    // Two workspaces: two pages. Endpoints: one per workspace. Computes: 2 + 1. Deployments: one each.
    expect(calls["azure-machinelearning:Workspaces_ListBySubscription"]).toBe(2);
    expect(calls["azure-machinelearning:OnlineEndpoints_List"]).toBe(2);
    expect(calls["azure-machinelearning:Compute_List"]).toBe(3);
    expect(calls["azure-machinelearning:OnlineDeployments_List"]).toBe(2);
    expect(calls["azure-machinelearning:EnvironmentVersions_Get"]).toBe(2);
    expect(paged.report.errors).toEqual([]);
    expect(mlVerdicts(paged.report)).toEqual(mlVerdicts(clean.report));
  });

  it("turns AuthorizationFailed on one endpoint's deployments into unknown plus a gap", async () => {
    const { report } = await scan({
      faults: {
        accessDenied: [
          {
            service: "azure-machinelearning",
            operation: "OnlineDeployments_List",
            // Fault rules match the top-level ARM resource: the workspace.
            resource: "*/ai-ml-hardened",
          },
        ],
      },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        provider: "azure",
        account: PROD,
        service: "machinelearning",
        operation: "OnlineDeployments_List",
        resource: `/subscriptions/${PROD}/resourceGroups/ai-platform-rg/providers/Microsoft.MachineLearningServices/workspaces/ai-ml-hardened/onlineEndpoints/scoring-hardened`,
        code: "AuthorizationFailed",
      }),
    ]);
    const single = findingFor(report, "model-endpoint.single-instance", "scoring-hardened");
    expect(single?.status).toBe("unknown");
    expect(single?.message).toMatch(/OnlineDeployments_List failed: AuthorizationFailed/);
    expect(findingFor(report, "model-endpoint.key-auth", "scoring-hardened")?.status).toBe("pass");
    expect(findingFor(report, "model-endpoint.single-instance", "triage-scoring-public")?.status).toBe(
      "fail",
    );
  });

  it("turns AuthorizationFailed on an environment version into unknown plus a gap, never a pass", async () => {
    const { report } = await scan({
      faults: {
        accessDenied: [
          {
            service: "azure-machinelearning",
            operation: "EnvironmentVersions_Get",
            resource: "*/ai-ml-hardened",
          },
        ],
      },
    });
    expect(report.errors.map((e) => `${e.operation} ${e.code} ${e.resource ?? ""}`)).toEqual([
      `EnvironmentVersions_Get AuthorizationFailed /subscriptions/${PROD}/resourceGroups/ai-platform-rg/providers/Microsoft.MachineLearningServices/workspaces/ai-ml-hardened/environments/triage-env/versions/4`,
    ]);
    const hardened = findingFor(
      report,
      "model-endpoint.environment-vulnerable-framework",
      "scoring-hardened",
    );
    expect(hardened?.status).toBe("unknown");
    expect(hardened?.message).toMatch(/green: EnvironmentVersions_Get failed: AuthorizationFailed/);
    expect(
      findingFor(report, "model-endpoint.environment-vulnerable-framework", "triage-scoring-public")?.status,
    ).toBe("fail");
  });

  it("turns AuthorizationFailed on a workspace's computes into a gap and no notebooks of that workspace", async () => {
    const { report } = await scan({
      faults: {
        accessDenied: [
          { service: "azure-machinelearning", operation: "Compute_List", resource: "*/ai-ml-hardened" },
        ],
      },
    });
    expect(report.errors.map((e) => `${e.service} ${e.operation} ${e.code} ${e.resource ?? ""}`)).toEqual([
      `machinelearning Compute_List AuthorizationFailed /subscriptions/${PROD}/resourceGroups/ai-platform-rg/providers/Microsoft.MachineLearningServices/workspaces/ai-ml-hardened`,
    ]);
    expect(report.findings.some((f) => f.resource.name === "ci-hardened")).toBe(false);
    expect(findingFor(report, "notebook.public-ip", "ci-clinical-dev")?.status).toBe("fail");
  });
});

describe("Azure ML normalizers: ARM defaults", () => {
  const record = (resourceType: string, replies: Record<string, unknown>): InventoryRecord => ({
    provider: "azure",
    account: PROD,
    region: "eastus",
    service: "machinelearning",
    resourceType,
    resourceId: `/subscriptions/${PROD}/resourceGroups/g/providers/Microsoft.MachineLearningServices/workspaces/w`,
    name: "w",
    replies,
  });

  it("reads unset publicNetworkAccess as enabled and hbiWorkspace as confidential data", () => {
    const asset = normalizeMlWorkspace(
      record("azure.machinelearning.workspace", {
        Workspaces_ListBySubscription: { name: "w", hbiWorkspace: true, encryption: { status: "Disabled" } },
      }),
      azureReplyReader(emptyInventory()),
    );
    expect(asset.publicNetwork).toMatchObject({ enabled: true });
    expect(asset.encryptionAtRest).toMatchObject({ keyManager: "provider" });
    expect(asset.dataClassification).toBe("confidential");
    expect(asset.relations).toEqual([]);
  });

  it("reads an unset enableNodePublicIp and enableRootAccess as on (ARM's defaults)", () => {
    const asset = normalizeComputeInstance(
      record("azure.machinelearning.computeinstance", {
        Compute_List: { name: "ci", properties: { computeType: "ComputeInstance", properties: {} } },
      }),
    );
    expect(asset.inboundAccess).toMatchObject({ publicIp: true, ssh: false });
    expect(asset.rootAccess).toMatchObject({ enabled: true });
    expect(asset.network).toMatchObject({ customerNetwork: false });
  });
});

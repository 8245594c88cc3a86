// A read that failed must leave what depends on it unknown: a relation whose source was denied is not an absent
// relation, and a region whose Bedrock listings were denied is not a region holding AI assets.
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_ESTATE } from "../../cli/commands/demo.js";
import { startEmulator, type Emulator, type FaultsInput } from "../../mocks/index.js";
import { findingFor, scanEmulator } from "../support/scan.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function demoScan(faults: FaultsInput) {
  emulator = await startEmulator({ estate: DEMO_ESTATE, faults });
  return (await scanEmulator(emulator, { maxAttempts: 2 })).report;
}

describe("a derived relation whose source read failed is unknown, never absent", () => {
  it("DescribeEndpointConfig denied: the production endpoint's model-artifact chain is unknown, not a pass", async () => {
    const report = await demoScan({
      accessDenied: [{ service: "sagemaker", operation: "DescribeEndpointConfig" }],
    });
    const finding = findingFor(report, "graph.model-artifacts-publicly-writable", "clinical-summarizer-prod");
    expect(finding?.status).toBe("unknown");
    expect(report.errors.some((e) => e.operation === "DescribeEndpointConfig")).toBe(true);
  });
});

describe("an access point whose own read failed still fronts the bucket its listing names", () => {
  it("GetAccessPoint denied: the bucket exposed through a public access point is not a pass", async () => {
    const report = await demoScan({
      accessDenied: [{ service: "s3accesspoints", operation: "GetAccessPoint" }],
    });
    const finding = findingFor(report, "graph.bucket-public-via-access-point", "ai-feature-store");
    expect(finding?.status).not.toBe("pass");
    expect(finding?.status).toBeDefined();
  });
});

describe("a Bedrock listing denied does not make an empty region hold AI assets", () => {
  it("ListGuardrails denied: threat detection in regions without AI assets is unknown, never a failure", async () => {
    const report = await demoScan({ accessDenied: [{ service: "bedrock", operation: "ListGuardrails" }] });
    const inEmptyRegion = report.findings.filter(
      (f) =>
        ["threat-detection.enabled", "threat-detection.ai-protection"].includes(f.checkId) &&
        f.resource.id.includes(":ap-south-1:"),
    );
    expect(inEmptyRegion.length).toBeGreaterThan(0);
    for (const finding of inEmptyRegion) expect(finding.status).toBe("unknown");
  });
});

describe("an empty logging reply is 'never configured' only while the endpoint's replies are well formed", () => {
  it.each(["bare", "empty"] as const)(
    "every Bedrock reply %s: the public invocation-log bucket is unknown with a gap, and no region fails logging",
    async (body) => {
      const report = await demoScan({ malformed: [{ service: "bedrock*", body }] });
      const platform = "arn:aws:bedrock:us-east-1:111122223333:platform";
      const chain = report.findings.filter(
        (f) => f.checkId === "graph.invocation-logs-public" && f.resource.id === platform,
      );
      expect(chain.map((f) => f.status)).toEqual(["unknown"]);
      expect(
        report.errors.some(
          (e) => e.operation === "GetModelInvocationLoggingConfiguration" && e.code === "MalformedReply",
        ),
      ).toBe(true);
      const loggingFailures = report.findings.filter(
        (f) => f.checkId.startsWith("ai-platform.invocation") && f.status === "fail",
      );
      expect(loggingFailures.map((f) => f.resource.id)).toEqual([]);
    },
  );
});

describe("logging off is judged only where the region is known to hold AI assets", () => {
  it("ListKnowledgeBases denied: no ai-platform check fails in a region that holds nothing", async () => {
    const report = await demoScan({
      accessDenied: [{ service: "bedrock*", operation: "ListKnowledgeBases" }],
    });
    const inEmptyRegion = report.findings.filter(
      (f) => f.checkId.startsWith("ai-platform.") && f.resource.id.includes(":ap-south-1:"),
    );
    expect(inEmptyRegion.length).toBeGreaterThan(0);
    expect(inEmptyRegion.filter((f) => f.status === "fail").map((f) => f.checkId)).toEqual([]);
    expect(findingFor(report, "ai-platform.invocation-text-logging", "bedrock/ap-south-1")?.status).toBe(
      "unknown",
    );
  });
});

describe("a bucket an AI workload reads, unread, is not a bucket it does not read", () => {
  it.each(["GetCustomModel", "ListCustomModels"])(
    "%s denied: malware scanning of the custom model's training data is unknown, not a pass",
    async (operation) => {
      const report = await demoScan({ accessDenied: [{ service: "bedrock*", operation }] });
      const scan = report.findings.find(
        (f) =>
          f.checkId === "threat-detection.ai-data-malware-scan" &&
          f.resource.id === "arn:aws:guardduty:us-west-2:111122223333:detector",
      );
      expect(scan?.status).toBe("unknown");
      expect(report.errors.some((e) => e.operation === operation)).toBe(true);
    },
  );
});

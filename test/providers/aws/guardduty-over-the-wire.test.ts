// GuardDuty through the official SDK client against the emulated cloud, then the merge: detectors and features,
// open findings only, pagination with a page size of 1, GetFindings in batches of 50, AccessDenied and missing
// detectors as coverage gaps, a throttling storm and a malformed reply.
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator, type EstateInput, type FaultsInput } from "../../../mocks/index.js";
import { DEMO_ESTATE } from "../../../cli/commands/demo.js";
import { findingFor, scanEmulator, verdicts } from "../../support/scan.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

const ACCOUNT = "111122223333";
const DETECTOR = "0123456789abcdef0123456789abcdef";
const DEMO_REGIONS = ["us-east-1", "us-west-2", "eu-west-1"];

async function scan(
  estate: EstateInput | string,
  options: { pageSize?: number; faults?: FaultsInput; regions?: string[] } = {},
) {
  emulator = await startEmulator({
    estate,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const result = await scanEmulator(emulator, { regions: options.regions ?? DEMO_REGIONS });
  return { ...result, emulator };
}

const guardDutyCalls = (emu: Emulator) =>
  Object.fromEntries(Object.entries(emu.calls()).filter(([key]) => key.startsWith("guardduty:")));

/** One public, phi-tagged bucket in us-east-1 whose detector holds `count` findings of `type` on it. */
function bucketEstate(count: number, type = "PenTest:S3/KaliLinux", guardduty = true): EstateInput {
  return {
    aws: {
      accounts: [
        {
          id: ACCOUNT,
          s3: {
            buckets: [
              {
                Name: "ai-phi-public",
                BucketRegion: "us-east-1",
                Tags: [{ Key: "data-classification", Value: "phi" }],
                Policy: {
                  Version: "2012-10-17",
                  Statement: [
                    {
                      Effect: "Allow",
                      Principal: "*",
                      Action: "s3:GetObject",
                      Resource: "arn:aws:s3:::ai-phi-public/*",
                    },
                  ],
                },
              },
            ],
          },
          ...(guardduty
            ? {
                guardduty: {
                  "us-east-1": {
                    detectors: [
                      {
                        DetectorId: DETECTOR,
                        Features: [
                          { Name: "S3_DATA_EVENTS", Status: "ENABLED" },
                          { Name: "AI_PROTECTION", Status: "ENABLED" },
                        ],
                        Findings: Array.from({ length: count }, (_, i) => ({
                          Id: `f${String(i).padStart(31, "0")}`,
                          Type: type,
                          Severity: 5,
                          Resource: {
                            ResourceType: "S3Bucket",
                            S3BucketDetails: [{ Arn: "arn:aws:s3:::ai-phi-public", Name: "ai-phi-public" }],
                          },
                        })),
                      },
                    ],
                  },
                },
              }
            : {}),
        },
      ],
    },
  };
}

describe("GuardDuty over the wire", () => {
  it("reads each region's detector and its open findings with reads only, and the merge uses them", async () => {
    const { report, inventory, emulator: emu } = await scan(DEMO_ESTATE);
    expect(report.errors).toEqual([]);
    expect(emu.writesAttempted()).toEqual([]);
    expect(guardDutyCalls(emu)).toEqual({
      "guardduty:ListDetectors": 3,
      "guardduty:GetDetector": 3,
      "guardduty:ListFindings": 3,
      // Only us-east-1 has open findings; an empty list needs no GetFindings.
      "guardduty:GetFindings": 1,
      // Malware Protection for S3 plans are read in every region, detector or not; us-east-1 has one.
      "guardduty:ListMalwareProtectionPlans": 3,
      "guardduty:GetMalwareProtectionPlan": 1,
    });
    // The archived finding is left out by ListFindings' criteria, on the wire.
    const east = inventory.records.find(
      (r) => r.resourceType === "aws.guardduty.detector" && r.region === "us-east-1",
    );
    expect((east?.replies.ListFindings as { FindingIds: string[] }).FindingIds).toHaveLength(5);
    expect((east?.replies.ListFindings as { FindingIds: string[] }).FindingIds).not.toContain(
      "2c4e6a8b0d2f4a6c8e1b3d5f7a9c2e4d",
    );

    const escalated = findingFor(report, "threat.exposed-under-attack", "ai-clinical-notes-phi");
    expect(escalated).toMatchObject({
      status: "fail",
      severity: "critical",
      sources: ["aiposture", "guardduty"],
    });
    expect(escalated?.message).toMatch(/Exfiltration:S3\/AnomalousBehavior \(high, 412 events/);
    expect(
      findingFor(report, "storage.public-access-prevention", "ai-model-artifacts-prod")?.sources,
    ).toEqual(["aiposture", "guardduty"]);
    expect(
      findingFor(report, "native.guardduty:PenTest:S3/KaliLinux", "ai-finetune-scratch-nologging"),
    ).toMatchObject({
      severity: "medium",
      sources: ["guardduty"],
    });
    expect(report.native).toMatchObject({
      read: 5,
      folded: 2,
      escalated: 1,
      kept: 1,
      omitted: 1,
      inactive: 0,
    });

    expect(findingFor(report, "threat-detection.enabled", "guardduty/eu-west-1")?.status).toBe("fail");
    expect(findingFor(report, "threat-detection.storage-protection", "guardduty/us-west-2")?.status).toBe(
      "fail",
    );
    for (const check of [
      "threat-detection.enabled",
      "threat-detection.storage-protection",
      "threat-detection.ai-protection",
    ])
      expect(findingFor(report, check, "guardduty/us-east-1")?.status, check).toBe("pass");
  });

  it("gives the same verdicts with a page size of 1", async () => {
    const clean = await scan(DEMO_ESTATE);
    await clean.emulator.close();
    const paged = await scan(DEMO_ESTATE, { pageSize: 1 });
    // Five open findings in us-east-1 one per page, and one (empty or single) page elsewhere.
    expect(guardDutyCalls(paged.emulator)["guardduty:ListFindings"]).toBe(5 + 1 + 1);
    expect(verdicts(paged.report)).toEqual(verdicts(clean.report));
  });

  it("reads findings in GetFindings batches of at most 50", async () => {
    const { report, emulator: emu } = await scan(bucketEstate(120), { regions: ["us-east-1"] });
    expect(guardDutyCalls(emu)["guardduty:ListFindings"]).toBe(3);
    expect(guardDutyCalls(emu)["guardduty:GetFindings"]).toBe(3);
    expect(report.native?.read).toBe(120);
    const kept = report.findings.filter((f) => f.checkId === "native.guardduty:PenTest:S3/KaliLinux");
    expect(kept).toHaveLength(1);
    expect(kept[0]?.native).toHaveLength(120);
  });

  it("turns AccessDenied on ListFindings into a gap: no findings, the source unreadable, posture still read", async () => {
    const { report } = await scan(bucketEstate(2, "Exfiltration:S3/AnomalousBehavior"), {
      regions: ["us-east-1"],
      faults: { accessDenied: [{ service: "guardduty", operation: "ListFindings", resource: DETECTOR }] },
    });
    expect(report.errors).toEqual([
      expect.objectContaining({
        service: "guardduty",
        operation: "ListFindings",
        region: "us-east-1",
        resource: "guardduty/us-east-1",
        code: "AccessDeniedException",
      }),
    ]);
    expect(report.native?.sources).toEqual([
      expect.objectContaining({
        region: "us-east-1",
        state: "unreadable",
        detail: "ListFindings failed: AccessDeniedException",
      }),
    ]);
    expect(report.findings.some((f) => f.checkId === "threat.exposed-under-attack")).toBe(false);
    expect(findingFor(report, "threat-detection.enabled", "guardduty/us-east-1")?.status).toBe("pass");
    expect(findingFor(report, "storage.public-read", "ai-phi-public")?.status).toBe("fail");
  });

  it("turns AccessDenied on ListDetectors into a gap with no verdict on the region, never a pass", async () => {
    const { report } = await scan(bucketEstate(1), {
      regions: ["us-east-1"],
      faults: { accessDenied: [{ service: "guardduty", operation: "ListDetectors" }] },
    });
    expect(report.errors.map((e) => `${e.operation} ${e.code}`)).toEqual([
      "ListDetectors AccessDeniedException",
    ]);
    expect(report.findings.filter((f) => f.resource.type === "aws.guardduty.detector")).toEqual([]);
    expect(report.native?.sources[0]).toMatchObject({ state: "unreadable" });
  });

  it("turns AccessDenied on GetDetector into unknown posture; the findings are still merged", async () => {
    const { report } = await scan(bucketEstate(1, "Discovery:S3/TorIPCaller"), {
      regions: ["us-east-1"],
      faults: { accessDenied: [{ service: "guardduty", operation: "GetDetector" }] },
    });
    expect(report.errors.map((e) => `${e.operation} ${e.code}`)).toEqual([
      "GetDetector AccessDeniedException",
    ]);
    for (const check of ["threat-detection.enabled", "threat-detection.storage-protection"]) {
      const finding = findingFor(report, check, "guardduty/us-east-1");
      expect(finding?.status, check).toBe("unknown");
      expect(finding?.message).toMatch(/GetDetector failed: AccessDeniedException/);
    }
    expect(findingFor(report, "threat.exposed-under-attack", "ai-phi-public")?.severity).toBe("critical");
  });

  it("reports GuardDuty off where an AI bucket lives as a failing check and a warning, not a read error", async () => {
    const { report } = await scan(bucketEstate(0, undefined, false), {
      regions: ["us-east-1", "eu-north-1"],
    });
    expect(findingFor(report, "threat-detection.enabled", "guardduty/us-east-1")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/no GuardDuty detector in us-east-1/),
    });
    // No AI asset in eu-north-1: off there is neither a failure nor a gap.
    expect(findingFor(report, "threat-detection.enabled", "guardduty/eu-north-1")?.status).toBe("pass");
    expect(report.errors).toEqual([]);
    expect(report.warnings).toContainEqual(
      expect.stringMatching(/^aws \d{12} us-east-1: GuardDuty is not enabled here .*1 AI asset/),
    );
  });

  it("gives the same verdicts through a throttling storm, retried by the SDK", async () => {
    const clean = await scan(bucketEstate(3, "Discovery:S3/TorIPCaller"), { regions: ["us-east-1"] });
    await clean.emulator.close();
    const stormy = await scan(bucketEstate(3, "Discovery:S3/TorIPCaller"), {
      regions: ["us-east-1"],
      faults: {
        throttle: [
          {
            service: "guardduty",
            operation: "*",
            resource: DETECTOR,
            firstAttempts: 2,
            retryAfterSeconds: 0,
          },
          { service: "guardduty", operation: "ListDetectors", firstAttempts: 1, retryAfterSeconds: 0 },
        ],
      },
    });
    expect(stormy.report.errors).toEqual([]);
    expect(verdicts(stormy.report)).toEqual(verdicts(clean.report));
    expect(findingFor(stormy.report, "threat.exposed-under-attack", "ai-phi-public")?.severity).toBe(
      "critical",
    );
    expect(guardDutyCalls(stormy.emulator)["guardduty:GetFindings"]).toBe(3);
  });

  it("records a malformed GetFindings reply as an error and marks the source partial", async () => {
    const { report } = await scan(bucketEstate(2, "Discovery:S3/TorIPCaller"), {
      regions: ["us-east-1"],
      faults: { malformed: [{ service: "guardduty", operation: "GetFindings" }] },
    });
    expect(report.errors.map((e) => `${e.service} ${e.operation}`)).toEqual(["guardduty GetFindings"]);
    expect(report.native?.sources[0]).toMatchObject({ state: "partial", findings: 0 });
    expect(report.findings.some((f) => f.checkId === "threat.exposed-under-attack")).toBe(false);
  });

  it("reads Malware Protection for S3 plans, and a denied listing makes the malware-scan check unknown", async () => {
    const { report } = await scan(DEMO_ESTATE);
    const east = findingFor(report, "threat-detection.ai-data-malware-scan", "guardduty/us-east-1");
    expect(east?.status).toBe("fail");
    expect(east?.message).toMatch(/ai-clinical-notes-phi/);
    expect(east?.message).not.toMatch(/ai-training-data-hardened,|ai-training-data-hardened \(/);
    await emulator?.close();
    const denied = await scan(DEMO_ESTATE, {
      faults: { accessDenied: [{ service: "guardduty", operation: "ListMalwareProtectionPlans" }] },
    });
    const finding = findingFor(denied.report, "threat-detection.ai-data-malware-scan", "guardduty/us-east-1");
    expect(finding?.status).toBe("unknown");
    expect(finding?.message).toMatch(/ListMalwareProtectionPlans failed: AccessDeniedException/);
  });
});

// The GuardDuty emulator speaks GuardDuty's REST-JSON as the SDK expects it: wire names, criteria, sorting,
// nextToken pagination, GuardDuty's own errors, and writes refused.
import {
  ArchiveFindingsCommand,
  GetDetectorCommand,
  GetFindingsCommand,
  GuardDutyClient,
  ListDetectorsCommand,
  ListFindingsCommand,
} from "@aws-sdk/client-guardduty";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEstate, startEmulator, type Emulator, type EstateInput } from "../../../mocks/index.js";
import { credentials, sdkError } from "../../mocks/helpers.js";

const DETECTOR = "abcdef0123456789abcdef0123456789";
const finding = (id: string, type: string, severity: number, extra: Record<string, unknown> = {}) => ({
  Id: id,
  Type: type,
  Severity: severity,
  Resource: {
    ResourceType: "S3Bucket",
    S3BucketDetails: [{ Arn: "arn:aws:s3:::ai-data", Name: "ai-data", Tags: [{ Key: "team", Value: "ml" }] }],
  },
  ...extra,
});

const ESTATE: EstateInput = {
  aws: {
    accounts: [
      {
        id: "111122223333",
        guardduty: {
          "us-east-1": {
            detectors: [
              {
                DetectorId: DETECTOR,
                Tags: { Owner: "SecOps" },
                DataSources: { S3Logs: { Status: "ENABLED" }, DNSLogs: { Status: "ENABLED" } },
                Features: [{ Name: "S3_DATA_EVENTS", Status: "ENABLED" }],
                Findings: {
                  Findings: [
                    finding("a1", "Discovery:S3/TorIPCaller", 5.5, { UpdatedAt: "2025-01-03T00:00:00Z" }),
                    finding("a2", "Exfiltration:S3/AnomalousBehavior", 8.2, {
                      UpdatedAt: "2025-01-01T00:00:00Z",
                    }),
                    finding("a3", "PenTest:S3/KaliLinux", 2, { Service: { Archived: true } }),
                    finding("a4", "Impact:S3/AnomalousBehavior.Delete", 9.1, {
                      UpdatedAt: "2025-01-02T00:00:00Z",
                    }),
                  ],
                },
              },
            ],
          },
        },
      },
    ],
  },
};

let emu: Emulator;
let client: GuardDutyClient;
beforeAll(async () => {
  emu = await startEmulator({ estate: ESTATE });
  client = new GuardDutyClient({ endpoint: emu.endpoint, region: "us-east-1", credentials, maxAttempts: 1 });
});
afterAll(async () => {
  client.destroy();
  await emu.close();
});

const open = { Criterion: { "service.archived": { Eq: ["false"] } } };

describe("GuardDuty emulator", () => {
  it("lists detectors per region and answers GetDetector in GuardDuty's shapes", async () => {
    expect((await client.send(new ListDetectorsCommand({}))).DetectorIds).toEqual([DETECTOR]);
    const west = new GuardDutyClient({
      endpoint: emu.endpoint,
      region: "us-west-2",
      credentials,
      maxAttempts: 1,
    });
    expect((await west.send(new ListDetectorsCommand({}))).DetectorIds).toEqual([]);
    west.destroy();
    const detector = await client.send(new GetDetectorCommand({ DetectorId: DETECTOR }));
    expect(detector).toMatchObject({
      Status: "ENABLED",
      Features: [{ Name: "S3_DATA_EVENTS", Status: "ENABLED" }],
      // DNSLogs' wire name is dnsLogs, and tag keys are data, not member names.
      DataSources: { S3Logs: { Status: "ENABLED" }, DNSLogs: { Status: "ENABLED" } },
      Tags: { Owner: "SecOps" },
      ServiceRole: expect.stringContaining("AWSServiceRoleForAmazonGuardDuty"),
    });
  });

  it("filters by findingCriteria and sorts by sortCriteria", async () => {
    const openIds = await client.send(
      new ListFindingsCommand({ DetectorId: DETECTOR, FindingCriteria: open }),
    );
    expect(openIds.FindingIds).toEqual(["a1", "a2", "a4"]);
    const severe = await client.send(
      new ListFindingsCommand({
        DetectorId: DETECTOR,
        FindingCriteria: {
          Criterion: { severity: { GreaterThanOrEqual: 7 }, "service.archived": { Eq: ["false"] } },
        },
        SortCriteria: { AttributeName: "updatedAt", OrderBy: "DESC" },
      }),
    );
    expect(severe.FindingIds).toEqual(["a4", "a2"]);
    const high = await client.send(
      new ListFindingsCommand({
        DetectorId: DETECTOR,
        FindingCriteria: { Criterion: { severity: { Eq: ["8"] } } },
      }),
    );
    expect(high.FindingIds).toEqual(["a2"]);
    const byBucket = await client.send(
      new ListFindingsCommand({
        DetectorId: DETECTOR,
        FindingCriteria: {
          Criterion: {
            "resource.s3BucketDetails.name": { Eq: ["ai-data"] },
            type: { Neq: ["PenTest:S3/KaliLinux"] },
          },
        },
      }),
    );
    expect(byBucket.FindingIds).toEqual(["a1", "a2", "a4"]);
  });

  it("pages with nextToken and refuses a forged one", async () => {
    const first = await client.send(new ListFindingsCommand({ DetectorId: DETECTOR, MaxResults: 2 }));
    expect(first.FindingIds).toEqual(["a1", "a2"]);
    const second = await client.send(
      new ListFindingsCommand({ DetectorId: DETECTOR, MaxResults: 2, NextToken: first.NextToken }),
    );
    expect(second).toMatchObject({ FindingIds: ["a3", "a4"] });
    expect(second.NextToken).toBeUndefined();
    const forged = await sdkError(
      client.send(new ListFindingsCommand({ DetectorId: DETECTOR, NextToken: "Mjow" })),
    );
    expect(forged).toMatchObject({ name: "BadRequestException", status: 400 });
    const tooMany = await sdkError(
      client.send(new ListFindingsCommand({ DetectorId: DETECTOR, MaxResults: 51 })),
    );
    expect(tooMany).toMatchObject({ name: "BadRequestException", status: 400 });
  });

  it("returns findings in the SDK's shape, with the fields GuardDuty fills in", async () => {
    const { Findings } = await client.send(
      new GetFindingsCommand({ DetectorId: DETECTOR, FindingIds: ["a2", "missing"] }),
    );
    expect(Findings).toHaveLength(1);
    expect(Findings?.[0]).toMatchObject({
      Id: "a2",
      AccountId: "111122223333",
      Region: "us-east-1",
      Arn: `arn:aws:guardduty:us-east-1:111122223333:detector/${DETECTOR}/finding/a2`,
      Severity: 8.2,
      Type: "Exfiltration:S3/AnomalousBehavior",
      Resource: {
        ResourceType: "S3Bucket",
        S3BucketDetails: [{ Arn: "arn:aws:s3:::ai-data", Tags: [{ Key: "team", Value: "ml" }] }],
      },
      Service: { Archived: false, Count: 1, DetectorId: DETECTOR, ServiceName: "guardduty" },
    });
  });

  it("answers with GuardDuty's own errors", async () => {
    const ids = Array.from({ length: 51 }, (_, i) => `x${i}`);
    const batch = await sdkError(
      client.send(new GetFindingsCommand({ DetectorId: DETECTOR, FindingIds: ids })),
    );
    expect(batch).toMatchObject({ name: "BadRequestException", status: 400 });
    expect((batch.error as { Type?: string }).Type).toBe("InvalidInputException");
    const other = await sdkError(client.send(new GetDetectorCommand({ DetectorId: "0000aaaa" })));
    expect(other).toMatchObject({ name: "BadRequestException", status: 400 });
    expect(other.error.message).toMatch(/not owned by the current account/);
  });

  it("refuses and records writes", async () => {
    const write = await sdkError(
      client.send(new ArchiveFindingsCommand({ DetectorId: DETECTOR, FindingIds: ["a1"] })),
    );
    expect(write).toMatchObject({ name: "AccessDeniedException", status: 403 });
    expect(emu.writesAttempted()).toContain(`guardduty:ArchiveFindings ${DETECTOR}`);
  });
});

describe("GuardDuty estate", () => {
  it("names the field of a bad finding and refuses a second detector in a region", () => {
    const bad = `aws:\n  accounts:\n    - id: "111122223333"\n      guardduty:\n        us-east-1:\n          detectors:\n            - DetectorId: abc\n              Findings:\n                - { Id: x, Type: NotAType, Severity: 5, Resource: { ResourceType: S3Bucket } }\n`;
    expect(() => parseEstate(bad, "t.yaml")).toThrow(
      /t\.yaml:9: .*Findings\[0\]\.Type: expected ThreatPurpose/,
    );
    const two = `aws:\n  accounts:\n    - id: "111122223333"\n      guardduty:\n        us-east-1:\n          detectors: [{ DetectorId: a }, { DetectorId: b }]\n`;
    expect(() => parseEstate(two, "t.yaml")).toThrow(/one detector per account and region/);
  });
});

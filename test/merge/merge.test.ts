// The merge rules as tables: join, fold, escalate, keep, omit (--all-native) and gaps, on plain assets and
// native findings, with our real checks producing the results the merge works on.
import { describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../checks/index.js";
import { evaluateAssets } from "../../src/engine/evaluate.js";
import { mergeNative } from "../../src/merge/index.js";
import { DEFENDER_STORAGE_PUBLIC_ACCESS_POLICY } from "../../src/merge/rules.js";
import type { Asset } from "../../src/model/asset.js";
import { fingerprint, type Finding } from "../../src/model/finding.js";
import { unknown } from "../../src/model/known.js";
import type { NativeFinding, NativeSourceStatus } from "../../src/model/native-finding.js";
import { accountAsset, storageAsset } from "../support/assets.js";
import { defenderFinding, guardDutyFinding, sourceStatus } from "../support/threat-detection-assets.js";

const BUCKET = "arn:aws:s3:::example-bucket";
const PUBLIC = { public: true, reasons: ["Statement 1 allows s3:GetObject to *"] };
const NO_BPA = { enforced: false, settings: {}, detail: "no bucket Block Public Access configuration" };
const AZURE_ID =
  "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/ai-rg/providers/Microsoft.Storage/storageAccounts/aiTrainingData";

const publicBucket = (overrides: Partial<Parameters<typeof storageAsset>[0]> = {}) =>
  storageAsset({ publicRead: PUBLIC, publicAccessPrevention: NO_BPA, ...overrides });
const azureStorage = (overrides: Partial<Parameters<typeof storageAsset>[0]> = {}) =>
  storageAsset({
    id: AZURE_ID,
    provider: "azure",
    account: "00000000-0000-0000-0000-000000000001",
    region: "eastus",
    type: "azure.storage.account",
    name: "aiTrainingData",
    ...overrides,
  });

function merge(
  assets: Asset[],
  native: NativeFinding[],
  options: { allNative?: boolean; sources?: NativeSourceStatus[]; checks?: typeof ALL_CHECKS } = {},
) {
  const findings = evaluateAssets(assets, options.checks ?? ALL_CHECKS);
  const result = mergeNative({
    findings,
    assets,
    native,
    sources: options.sources ?? [],
    allNative: options.allNative ?? false,
  });
  const on = (checkId: string, resourceId = BUCKET) =>
    result.findings.find((f) => f.checkId === checkId && f.resource.id === resourceId);
  return { ...result, input: findings, on };
}

describe("join", () => {
  it("joins a GuardDuty finding to the bucket its S3BucketDetails ARN names", () => {
    const { on } = merge(
      [storageAsset({ dataClassification: "phi" })],
      [guardDutyFinding({ type: "PenTest:S3/KaliLinux" })],
    );
    expect(on("native.guardduty:PenTest:S3/KaliLinux")).toMatchObject({
      resource: { id: BUCKET, type: "aws.s3.bucket", name: "example-bucket" },
      dataClassification: "phi",
    });
  });

  it("compares ARNs exactly: a differently-cased bucket ARN is another resource", () => {
    const { findings, summary } = merge(
      [storageAsset()],
      [guardDutyFinding({ type: "PenTest:S3/KaliLinux", resourceIds: ["arn:aws:s3:::Example-Bucket"] })],
    );
    expect(findings.some((f) => f.checkId.startsWith("native."))).toBe(false);
    expect(summary.omitted).toBe(1);
  });

  it("compares ARM ids case-insensitively and reports the asset's own spelling", () => {
    const { on } = merge([azureStorage()], [defenderFinding({ resourceIds: [AZURE_ID.toUpperCase()] })]);
    expect(on("native.defender:Storage.Blob_AnonymousAccessAnomaly", AZURE_ID)?.resource.id).toBe(AZURE_ID);
  });
});

describe("fold", () => {
  const table: Array<{
    name: string;
    assets: Asset[];
    native: NativeFinding;
    into: string;
    resource?: string;
    status: Finding["status"];
    agrees: boolean;
  }> = [
    {
      name: "Policy:S3/BucketBlockPublicAccessDisabled into a failing bucket-level BPA check",
      assets: [storageAsset({ publicAccessPrevention: NO_BPA })],
      native: guardDutyFinding({ type: "Policy:S3/BucketBlockPublicAccessDisabled", severity: "low" }),
      into: "storage.public-access-prevention",
      status: "fail",
      agrees: true,
    },
    {
      name: "Policy:S3/BucketAnonymousAccessGranted into public read",
      assets: [publicBucket()],
      native: guardDutyFinding({ type: "Policy:S3/BucketAnonymousAccessGranted" }),
      into: "storage.public-read",
      status: "fail",
      agrees: true,
    },
    {
      name: "Policy:S3/BucketAnonymousAccessGranted into public write when only write fails",
      assets: [storageAsset({ publicWrite: { public: true, reasons: ["ACL grants WRITE to AllUsers"] } })],
      native: guardDutyFinding({ type: "Policy:S3/BucketAnonymousAccessGranted" }),
      into: "storage.public-write",
      status: "fail",
      agrees: true,
    },
    {
      name: "Policy:S3/BucketPublicAccessGranted into a passing public read: ours stands, the disagreement is kept",
      assets: [storageAsset()],
      native: guardDutyFinding({ type: "Policy:S3/BucketPublicAccessGranted" }),
      into: "storage.public-read",
      status: "pass",
      agrees: false,
    },
    {
      name: "Policy:S3/AccountBlockPublicAccessDisabled into the account-level check",
      assets: [
        storageAsset(),
        accountAsset({
          storagePublicAccessPrevention: {
            enforced: false,
            settings: {},
            detail: "no account configuration",
          },
        }),
      ],
      native: guardDutyFinding({ type: "Policy:S3/AccountBlockPublicAccessDisabled" }),
      into: "account.s3-block-public-access",
      resource: "arn:aws:iam::111122223333:root",
      status: "fail",
      agrees: true,
    },
    {
      name: "Stealth:S3/ServerAccessLoggingDisabled into access logging",
      assets: [storageAsset({ accessLogging: { enabled: false } })],
      native: guardDutyFinding({ type: "Stealth:S3/ServerAccessLoggingDisabled", severity: "low" }),
      into: "storage.access-logging",
      status: "fail",
      agrees: true,
    },
    {
      name: "the Defender assessment, by policyDefinitionId in any case, into Azure public read",
      assets: [azureStorage({ publicRead: PUBLIC })],
      native: defenderFinding({
        type: "4fa4b6c0-31ca-4c0d-b10d-24b96f62a751",
        foldKey: DEFENDER_STORAGE_PUBLIC_ACCESS_POLICY.toUpperCase(),
        kind: "posture",
        resourceIds: [AZURE_ID],
      }),
      into: "storage.public-read",
      resource: AZURE_ID,
      status: "fail",
      agrees: true,
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const { findings, on } = merge(row.assets, [row.native]);
      const folded = on(row.into, row.resource ?? BUCKET);
      expect(folded?.status).toBe(row.status);
      expect(folded?.sources).toEqual(["aiposture", row.native.source]);
      expect(folded?.native).toEqual([
        expect.objectContaining({ type: row.native.type, agrees: row.agrees }),
      ]);
      // Once, not twice: no separate native finding of that type anywhere.
      expect(findings.filter((f) => f.checkId.startsWith("native."))).toEqual([]);
      expect(findings.filter((f) => f.native?.some((n) => n.id === row.native.nativeId))).toHaveLength(1);
    });
  }

  it("lets the native source decide a check we could not read, and says whose verdict it is", () => {
    const { on } = merge(
      [
        storageAsset({
          dataClassification: "phi",
          publicAccessPrevention: unknown("GetPublicAccessBlock failed: AccessDenied"),
        }),
      ],
      [
        guardDutyFinding({
          type: "Policy:S3/BucketBlockPublicAccessDisabled",
          lastSeen: "2025-04-28T14:20:00Z",
        }),
      ],
    );
    const folded = on("storage.public-access-prevention");
    expect(folded).toMatchObject({ status: "fail", sources: ["guardduty"], severity: "high" });
    expect(folded?.message).toMatch(
      /GuardDuty reports Policy:S3\/BucketBlockPublicAccessDisabled.*could not read/,
    );
    expect(folded?.evidence).toMatchObject({
      decidedBy: "guardduty",
      unknownBecause: expect.stringMatching(/AccessDenied/),
    });
  });

  it("keeps the native finding when its equivalent check did not run", () => {
    const others = ALL_CHECKS.filter((c) => c.id !== "storage.public-access-prevention");
    const { on } = merge(
      [storageAsset({ publicAccessPrevention: NO_BPA })],
      [guardDutyFinding({ type: "Policy:S3/BucketBlockPublicAccessDisabled" })],
      {
        checks: others,
      },
    );
    expect(on("native.guardduty:Policy:S3/BucketBlockPublicAccessDisabled")?.status).toBe("fail");
  });

  it("does not change the findings it was given", () => {
    const { input } = merge(
      [publicBucket()],
      [guardDutyFinding({ type: "Policy:S3/BucketAnonymousAccessGranted" })],
    );
    expect(input.every((f) => f.sources.length === 1 && !f.native && !f.escalated)).toBe(true);
  });
});

describe("escalate", () => {
  for (const type of [
    "Exfiltration:S3/AnomalousBehavior",
    "Discovery:S3/TorIPCaller",
    "UnauthorizedAccess:S3/MaliciousIPCaller.Custom",
    "Impact:S3/AnomalousBehavior.Delete",
    "AttackSequence:S3/CompromisedData",
  ]) {
    it(`${type} on a public bucket becomes one critical "exposed and under active attack" finding`, () => {
      const { findings, on, summary } = merge(
        [publicBucket()],
        [guardDutyFinding({ type, count: 412, lastSeen: "2025-05-02T09:10:57Z" })],
      );
      const escalated = on("threat.exposed-under-attack");
      const read = on("storage.public-read");
      const bpa = on("storage.public-access-prevention");
      expect(escalated).toMatchObject({
        id: fingerprint("threat.exposed-under-attack", BUCKET),
        status: "fail",
        severity: "critical",
        category: "threat",
        sources: ["aiposture", "guardduty"],
      });
      expect(escalated?.message).toContain(
        `GuardDuty reports ${type} (high, 412 events, last seen 2025-05-02T09:10:57Z)`,
      );
      expect(escalated?.evidence.misconfigurations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ findingId: read?.id, checkId: "storage.public-read" }),
          expect.objectContaining({ findingId: bpa?.id, checkId: "storage.public-access-prevention" }),
        ]),
      );
      expect(escalated?.native).toEqual([expect.objectContaining({ type, count: 412 })]);
      expect(escalated?.compliance["nist-800-53-r5"]).toEqual(expect.arrayContaining(["IR-4", "AC-3"]));
      expect(read?.escalated).toEqual({ findingId: escalated?.id, checkId: "threat.exposed-under-attack" });
      expect(findings.filter((f) => f.checkId.startsWith("native."))).toEqual([]);
      expect(summary).toMatchObject({ read: 1, escalated: 1, kept: 0, folded: 0, omitted: 0 });
    });
  }

  it("escalates an encryption failure too", () => {
    const { on } = merge(
      [storageAsset({ encryptionAtRest: { enabled: false, keyManager: "none" } })],
      [guardDutyFinding({ type: "Discovery:S3/MaliciousIPCaller" })],
    );
    expect(on("threat.exposed-under-attack")?.evidence.misconfigurations).toEqual(
      expect.arrayContaining([expect.objectContaining({ checkId: "storage.encryption-at-rest" })]),
    );
  });

  it("carries every threat on the resource in one finding", () => {
    const { findings } = merge(
      [publicBucket()],
      [
        guardDutyFinding({ nativeId: "a" }),
        guardDutyFinding({ nativeId: "b", type: "Discovery:S3/TorIPCaller" }),
      ],
    );
    const escalated = findings.filter((f) => f.checkId === "threat.exposed-under-attack");
    expect(escalated).toHaveLength(1);
    expect(escalated[0]?.native?.map((n) => n.id)).toEqual(["a", "b"]);
  });

  it("escalates any open Defender alert on an exposed Azure resource", () => {
    const { on } = merge(
      [azureStorage({ publicRead: PUBLIC })],
      [defenderFinding({ resourceIds: [AZURE_ID.toLowerCase()] })],
    );
    expect(on("threat.exposed-under-attack", AZURE_ID)).toMatchObject({
      severity: "critical",
      sources: ["aiposture", "defender"],
      message: expect.stringMatching(/^Defender for Cloud reports Storage.Blob_AnonymousAccessAnomaly/),
    });
  });

  const notEscalated: Array<{ name: string; assets: Asset[]; native: NativeFinding; kept: boolean }> = [
    {
      name: "a threat purpose that is not an attack in progress (PenTest)",
      assets: [publicBucket()],
      native: guardDutyFinding({ type: "PenTest:S3/KaliLinux" }),
      kept: true,
    },
    {
      name: "an active threat on a bucket whose only failure is logging",
      assets: [storageAsset({ accessLogging: { enabled: false } })],
      native: guardDutyFinding(),
      kept: true,
    },
    {
      name: "an archived threat",
      assets: [publicBucket()],
      native: guardDutyFinding({ active: false }),
      kept: false,
    },
  ];
  for (const row of notEscalated) {
    it(`does not escalate ${row.name}`, () => {
      const { findings, summary } = merge(row.assets, [row.native]);
      expect(findings.some((f) => f.checkId === "threat.exposed-under-attack")).toBe(false);
      expect(findings.some((f) => f.checkId === `native.guardduty:${row.native.type}`)).toBe(row.kept);
      expect(summary.inactive).toBe(row.native.active ? 0 : 1);
    });
  }
});

describe("keep", () => {
  it("keeps a native finding no check covers, marked with its source, severity from its band", () => {
    const { on } = merge(
      [storageAsset()],
      [guardDutyFinding({ type: "PenTest:S3/KaliLinux", severity: "medium", nativeSeverity: 5 })],
    );
    expect(on("native.guardduty:PenTest:S3/KaliLinux")).toMatchObject({
      id: fingerprint("native.guardduty:PenTest:S3/KaliLinux", BUCKET),
      status: "fail",
      severity: "medium",
      category: "threat",
      sources: ["guardduty"],
      native: [expect.objectContaining({ nativeSeverity: 5 })],
    });
  });

  it("aggregates repeats of one type on one resource into one finding", () => {
    const { findings } = merge(
      [storageAsset()],
      [
        guardDutyFinding({ nativeId: "a", type: "PenTest:S3/KaliLinux", severity: "medium", count: 2 }),
        guardDutyFinding({ nativeId: "b", type: "PenTest:S3/KaliLinux", severity: "high", count: 3 }),
      ],
    );
    const kept = findings.filter((f) => f.checkId === "native.guardduty:PenTest:S3/KaliLinux");
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ severity: "high", message: expect.stringContaining("5 events") });
  });
});

describe("--all-native", () => {
  const ec2 = guardDutyFinding({
    type: "CryptoCurrency:EC2/BitcoinTool.B!DNS",
    resourceIds: ["arn:aws:ec2:us-east-1:111122223333:instance/i-0a1b2c3d4e5f60718"],
    resourceType: "Instance",
  });
  const root = guardDutyFinding({
    type: "Policy:IAMUser/RootCredentialUsage",
    nativeId: "root",
    resourceIds: ["arn:aws:iam::111122223333:root"],
    resourceType: "AccessKey",
  });

  it("leaves out native findings on resources that are not AI assets, and counts them", () => {
    const { findings, summary } = merge([storageAsset(), accountAsset()], [ec2, root]);
    expect(findings.filter((f) => f.checkId.startsWith("native."))).toEqual([]);
    expect(summary.omitted).toBe(2);
  });

  it("keeps them when asked, on the resource the native finding names", () => {
    const { on, summary } = merge([storageAsset(), accountAsset()], [ec2, root], { allNative: true });
    expect(on("native.guardduty:CryptoCurrency:EC2/BitcoinTool.B!DNS", ec2.resourceIds[0])).toMatchObject({
      resource: { type: "Instance", name: "i-0a1b2c3d4e5f60718" },
      evidence: expect.objectContaining({ outsideAiInventory: true }),
    });
    expect(
      on("native.guardduty:Policy:IAMUser/RootCredentialUsage", "arn:aws:iam::111122223333:root")?.resource
        .type,
    ).toBe("aws.account");
    expect(summary).toMatchObject({ kept: 2, omitted: 0 });
  });
});

describe("coverage gaps", () => {
  const assets = [
    storageAsset(),
    storageAsset({ id: "arn:aws:s3:::west", name: "west", region: "us-west-2" }),
  ];

  it("turns a source that is off where AI assets live into a gap, and only there", () => {
    const { gaps, summary } = merge(assets, [], {
      sources: [
        sourceStatus({ region: "us-west-2", state: "not-enabled", detail: "no detector" }),
        sourceStatus({ region: "eu-north-1", state: "not-enabled", detail: "no detector" }),
        sourceStatus({ region: "us-east-1", state: "read" }),
      ],
    });
    expect(gaps).toEqual([
      expect.objectContaining({
        provider: "aws",
        region: "us-west-2",
        service: "guardduty",
        code: "NativeSourceNotEnabled",
        message: expect.stringMatching(/not enabled here \(no detector\).*1 AI asset/),
      }),
    ]);
    expect(summary.sources.map((s) => [s.region, s.aiAssets])).toEqual([
      ["us-west-2", 1],
      ["eu-north-1", 0],
      ["us-east-1", 1],
    ]);
  });

  it("adds nothing for an unreadable source: the reader's error entry is the gap", () => {
    const { gaps } = merge(assets, [], {
      sources: [sourceStatus({ state: "unreadable", detail: "ListFindings failed: AccessDeniedException" })],
    });
    expect(gaps).toEqual([]);
  });

  it("treats a subscription-wide source as covering every region of its subscription", () => {
    const { gaps } = merge([azureStorage()], [], {
      sources: [
        sourceStatus({
          source: "defender",
          provider: "azure",
          account: "00000000-0000-0000-0000-000000000001",
          region: "global",
          state: "not-enabled",
          detail: "plans on the Free tier",
        }),
      ],
    });
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.region).toBeUndefined();
  });
});

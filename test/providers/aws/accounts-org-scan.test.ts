// The org-scan steps the Step Functions state machine runs through the Lambda: list targets, scan one
// (account, region), aggregate the Distributed Map's exported results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import {
  handleOrgScanStep,
  orgScanOptionsFromEnv,
  parseOrgScanStep,
  summarize,
  type OrgScanDeps,
  type OrgScanSummary,
  type TargetResult,
} from "../../../providers/aws/accounts/org-scan.js";
import { collectAws } from "../../../providers/aws/collect.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { assess } from "../../../src/engine/scan.js";
import { MANAGEMENT, MEMBER_A, MEMBER_B, MEMBER_NO_ROLE, organizationEstate } from "./accounts-fixtures.js";

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ estate: organizationEstate() });
});
afterAll(() => emu.close());

function deps(objects: Record<string, string> = {}): OrgScanDeps {
  return {
    options: {
      endpoint: emu.endpoint,
      concurrency: 8,
      maxAttempts: 3,
      regions: ["us-east-1", "eu-west-1"],
      org: true,
    },
    collect: collectAws,
    evaluate: (inventory, startedAt) => assess(inventory, [awsProvider], ALL_CHECKS, startedAt, "test"),
    readObject: async (bucket, key) => {
      const body = objects[`${bucket}/${key}`];
      if (body === undefined) throw new Error(`NoSuchKey ${bucket}/${key}`);
      return body;
    },
  };
}

const step = (event: object) => {
  const parsed = parseOrgScanStep({ aiposture: "org-scan", ...event });
  if (!parsed) throw new Error(`not a step: ${JSON.stringify(event)}`);
  return parsed;
};

describe("org-scan steps", () => {
  it("recognizes only its own events", () => {
    expect(parseOrgScanStep({ "detail-type": "Scheduled Event" })).toBeUndefined();
    expect(
      parseOrgScanStep({ aiposture: "org-scan", step: "scan-target", account: MEMBER_A }),
    ).toBeUndefined();
    expect(
      parseOrgScanStep({ aiposture: "org-scan", step: "aggregate", results: { Bucket: "b" } }),
    ).toBeUndefined();
  });

  it("list-targets: every ACTIVE account of the organization times every region, without entering any", async () => {
    emu.resetStats();
    const listed = (await handleOrgScanStep(step({ step: "list-targets" }), deps())) as {
      targets: Array<{ account: string; region: string }>;
    };
    expect(listed.targets.map((t) => `${t.account}/${t.region}`)).toEqual(
      [MANAGEMENT, MEMBER_A, MEMBER_B, MEMBER_NO_ROLE].flatMap((a) => [`${a}/us-east-1`, `${a}/eu-west-1`]),
    );
    expect(emu.calls()["sts:AssumeRole"]).toBeUndefined();
  });

  it("scan-target: one account and region through its role; the account without the role comes back unread", async () => {
    const read = (await handleOrgScanStep(
      step({ step: "scan-target", account: MEMBER_A, region: "us-east-1" }),
      deps(),
    )) as TargetResult;
    expect(read).toMatchObject({ account: MEMBER_A, region: "us-east-1", read: true });
    expect(read.failures).toContainEqual(["storage.public-read", `arn:aws:s3:::ai-data-${MEMBER_A}`, "high"]);
    // Nothing of another account leaks in.
    expect(read.failures.every(([, id]) => !id.includes(MEMBER_B))).toBe(true);
    expect(JSON.stringify(read).length).toBeLessThan(256 * 1024);

    const unread = (await handleOrgScanStep(
      step({ step: "scan-target", account: MEMBER_NO_ROLE, region: "us-east-1" }),
      deps(),
    )) as TargetResult;
    expect(unread).toMatchObject({ read: false, assets: 0, failures: [] });
    expect(unread.gaps).toContainEqual(
      expect.objectContaining({ service: "sts", operation: "AssumeRole", code: "AccessDenied" }),
    );
  });

  it("aggregate: reads the manifest and result files, counts each failure once, lists what was not read", async () => {
    const scanned = await Promise.all(
      [
        [MEMBER_A, "us-east-1"],
        [MEMBER_A, "eu-west-1"],
        [MEMBER_NO_ROLE, "us-east-1"],
      ].map(([account, region]) => handleOrgScanStep(step({ step: "scan-target", account, region }), deps())),
    );
    const child = (result: unknown) => ({
      Input: JSON.stringify({ aiposture: "org-scan", step: "scan-target" }),
      Output: JSON.stringify(result),
      Status: "SUCCEEDED",
    });
    const failed = {
      Input: JSON.stringify({
        aiposture: "org-scan",
        step: "scan-target",
        account: MEMBER_B,
        region: "eu-west-1",
      }),
      Error: "States.Timeout",
      Cause: "The execution timed out",
      Status: "FAILED",
    };
    const prefix = "org-scan/run-1";
    const objects = {
      [`results/${prefix}/manifest.json`]: JSON.stringify({
        DestinationBucket: "results",
        MapRunArn: "arn:aws:states:us-east-1:111111111111:mapRun:OrgScan/Map:run-1",
        ResultFiles: {
          SUCCEEDED: [{ Key: `${prefix}/SUCCEEDED_0.json`, Size: 1 }],
          FAILED: [{ Key: `${prefix}/FAILED_0.json`, Size: 1 }],
          PENDING: [],
        },
      }),
      [`results/${prefix}/SUCCEEDED_0.json`]: JSON.stringify(scanned.map(child)),
      [`results/${prefix}/FAILED_0.json`]: JSON.stringify([failed]),
    };
    const summary = (await handleOrgScanStep(
      step({ step: "aggregate", results: { Bucket: "results", Key: `${prefix}/manifest.json` } }),
      deps(objects),
    )) as OrgScanSummary;

    expect(summary.mapRunArn).toContain("mapRun:OrgScan");
    expect(summary.targets).toBe(4);
    expect(summary.accountsRead).toEqual([MEMBER_A]);
    expect(summary.notRead.map((n) => `${n.account}/${n.region}`)).toEqual([
      `${MEMBER_NO_ROLE}/us-east-1`,
      `${MEMBER_B}/eu-west-1`,
    ]);
    expect(summary.notRead[1]?.reason).toContain("States.Timeout");
    // The account-level Block Public Access finding is seen from both regions: counted once.
    const accountLevel = summary.failures.filter((f) => f.resourceId === `arn:aws:iam::${MEMBER_A}:root`);
    expect(accountLevel.length).toBe(1);
    const perRegion =
      (scanned[0] as TargetResult).failures.length + (scanned[1] as TargetResult).failures.length;
    const distinct = Object.values(summary.failuresBySeverity).reduce((a, b) => a + b, 0);
    expect(distinct).toBeLessThan(perRegion);
    expect(distinct).toBe(new Set(summary.failures.map((f) => `${f.checkId} ${f.resourceId}`)).size);
  });

  it("summarize is pure over target results and flags truncation", () => {
    const result: TargetResult = {
      account: MEMBER_A,
      region: "us-east-1",
      read: true,
      assets: 1,
      failuresBySeverity: { critical: 1, high: 0, medium: 0, low: 0, info: 0 },
      failures: [["storage.public-read", "arn:aws:s3:::x", "critical"]],
      failuresTruncated: true,
      gapCount: 2,
      gaps: [],
    };
    expect(summarize([result, { ...result, region: "eu-west-1" }])).toMatchObject({
      targets: 2,
      failuresBySeverity: { critical: 1 },
      truncated: true,
      gapCount: 4,
    });
  });

  it("reads its scope from the environment, naming a bad variable", () => {
    expect(orgScanOptionsFromEnv({})).toEqual({ org: true });
    expect(
      orgScanOptionsFromEnv({
        AIPOSTURE_ORG_SCAN_ACCOUNTS: `${MEMBER_A}, ${MEMBER_B}`,
        AIPOSTURE_ROLE_NAME: "audit/Reader",
        AIPOSTURE_EXTERNAL_ID: "x-1",
      }),
    ).toEqual({ accounts: [MEMBER_A, MEMBER_B], roleName: "audit/Reader", externalId: "x-1" });
    expect(() => orgScanOptionsFromEnv({ AIPOSTURE_ORG_SCAN_ACCOUNTS: "12345" })).toThrow(
      /AIPOSTURE_ORG_SCAN_ACCOUNTS/,
    );
  });
});

// Scans beyond one account against the emulated organization: --org, --accounts, --role-arn, the account
// that cannot be entered (a coverage gap, never a stop), ListAccounts paging, and the shared call bound.
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator, type EstateInput } from "../../../mocks/index.js";
import { collectAwsAccounts } from "../../../providers/aws/accounts/fan-out.js";
import { collectAwsAccount } from "../../../providers/aws/collect.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { ALL_CHECKS } from "../../../checks/index.js";
import { assess } from "../../../src/engine/scan.js";
import { emptyInventory, type Inventory } from "../../../src/model/inventory.js";
import { scopeKey } from "../../../src/history/scope.js";
import {
  MANAGEMENT,
  MEMBER_A,
  MEMBER_B,
  MEMBER_NO_ROLE,
  SUSPENDED,
  organizationEstate,
} from "./accounts-fixtures.js";
import type { AwsScanOptions } from "../../../providers/aws/options.js";
import { collectWith, type MergedOptions } from "../../support/collect.js";

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const roleArn = (account: string, name = "AiPostureReadOnly") => `arn:aws:iam::${account}:role/${name}`;

/**
 * One region keeps these scans short. Services other than the ones accounts are about may still be missing
 * from the emulator while they are built; `gaps` looks at the account-level errors only.
 */
async function scan(
  options: Partial<MergedOptions>,
  start: Parameters<typeof startEmulator>[0] | EstateInput = organizationEstate(),
) {
  emu = await startEmulator("estate" in start ? start : { estate: start });
  const inventory = await collectWith([awsProvider], {
    endpoint: emu.endpoint,
    concurrency: 8,
    maxAttempts: 3,
    regions: ["us-east-1"],
    ...options,
  });
  const { report } = assess(inventory, [awsProvider], ALL_CHECKS, new Date().toISOString(), "test");
  return { inventory, report, emulator: emu };
}

const ACCOUNT_SERVICES = new Set(["sts", "organizations", "*", "s3", "s3-control"]);
const gaps = (inventory: Inventory) => inventory.errors.filter((e) => ACCOUNT_SERVICES.has(e.service));
/** Accounts actually read: the account record exists only for an account whose collection ran. */
const readAccounts = (inventory: Inventory) =>
  inventory.records
    .filter((r) => r.resourceType === "aws.account")
    .map((r) => r.account)
    .sort();
/** Accounts asked for: every one keeps its scope, read or not. */
const scopeAccounts = (inventory: Inventory) => inventory.scopes.map((s) => s.account).sort();
const bucketAccounts = (inventory: Inventory) =>
  inventory.records
    .filter((r) => r.resourceType === "aws.s3.bucket")
    .map((r) => `${r.account} ${r.name}`)
    .sort();

describe("--org", () => {
  it("reads every ACTIVE account through its role; the member without the role is one gap, not a stop", async () => {
    const { inventory, report, emulator } = await scan({ org: true });

    // The management account is read with the caller's own credentials; two members through AssumeRole.
    expect(readAccounts(inventory)).toEqual([MANAGEMENT, MEMBER_A, MEMBER_B]);
    // All four ACTIVE accounts were asked for and keep their scope; the suspended one was never asked for.
    expect(scopeAccounts(inventory)).toEqual([MANAGEMENT, MEMBER_A, MEMBER_B, MEMBER_NO_ROLE]);
    expect(bucketAccounts(inventory)).toEqual([
      `${MANAGEMENT} mgmt-cloudtrail-logs`,
      `${MEMBER_A} ai-data-${MEMBER_A}`,
      `${MEMBER_B} ai-data-${MEMBER_B}`,
    ]);
    expect(gaps(inventory)).toEqual([
      expect.objectContaining({
        provider: "aws",
        account: MEMBER_NO_ROLE,
        service: "sts",
        operation: "AssumeRole",
        resource: roleArn(MEMBER_NO_ROLE),
        code: "AccessDenied",
      }),
    ]);
    const calls = emulator.calls();
    expect(calls["organizations:ListAccounts"]).toBe(1);
    // Members only: not the caller's own account, not the suspended one.
    expect(calls["sts:AssumeRole"]).toBe(3);
    expect(emulator.writesAttempted()).toEqual([]);

    // Each account's findings are its own: the public buckets of both members fail.
    for (const account of [MEMBER_A, MEMBER_B]) {
      const finding = report.findings.find(
        (f) => f.checkId === "storage.public-read" && f.resource.name === `ai-data-${account}`,
      );
      expect(finding, account).toMatchObject({ status: "fail" });
    }
    // The account-level check runs per account, with the account's own id.
    const accountChecks = report.findings
      .filter((f) => f.checkId === "account.s3-block-public-access")
      .map((f) => f.resource.name)
      .sort();
    expect(accountChecks).toEqual([MANAGEMENT, MEMBER_A, MEMBER_B]);
    expect(report.errors.filter((e) => ACCOUNT_SERVICES.has(e.service)).map((e) => e.account)).toEqual([
      MEMBER_NO_ROLE,
    ]);
  });

  it("keeps the history scope of the run when one account cannot be entered", async () => {
    const normal = await scan({ org: true });
    const key = (inventory: Inventory) =>
      scopeKey({ providers: ["aws"], scopes: inventory.scopes, regions: ["us-east-1"] });
    const normalKey = key(normal.inventory);
    await normal.emulator.close();
    const denied = await scan(
      { org: true },
      {
        estate: organizationEstate(),
        faults: { accessDenied: [{ service: "sts", operation: "AssumeRole", resource: `*${MEMBER_A}*` }] },
      },
    );
    expect(readAccounts(denied.inventory)).toEqual([MANAGEMENT, MEMBER_B]);
    // Same scope, so the run is compared with the last one; MEMBER_A's error entry keeps its findings open.
    expect(key(denied.inventory)).toBe(normalKey);
    expect(
      gaps(denied.inventory)
        .map((e) => e.account)
        .sort(),
    ).toEqual([MEMBER_A, MEMBER_NO_ROLE]);
  });

  it("pages through ListAccounts with a page size of 1 and reads the same accounts", async () => {
    const { inventory, emulator } = await scan({ org: true }, { estate: organizationEstate(), pageSize: 1 });
    expect(emulator.calls()["organizations:ListAccounts"]).toBe(5);
    expect(readAccounts(inventory)).toEqual([MANAGEMENT, MEMBER_A, MEMBER_B]);
    expect(gaps(inventory).map((e) => `${e.account} ${e.operation}`)).toEqual([
      `${MEMBER_NO_ROLE} AssumeRole`,
    ]);
  });

  it("from a member account: ListAccounts is denied, recorded once, and nothing is guessed", async () => {
    const estate = organizationEstate();
    // The scanner's default credentials land in the first account: make it a member.
    estate.aws!.accounts.reverse();
    const { inventory } = await scan({ org: true }, estate);
    expect(inventory.scopes).toEqual([]);
    expect(gaps(inventory)).toEqual([
      expect.objectContaining({
        account: SUSPENDED,
        service: "organizations",
        operation: "ListAccounts",
        code: "AccessDeniedException",
      }),
    ]);
  });

  it("a ListAccounts that keeps failing is one gap, and the scan still ends", async () => {
    const { inventory } = await scan(
      { org: true },
      {
        estate: organizationEstate(),
        pageSize: 2,
        faults: { throttle: [{ service: "organizations", operation: "ListAccounts", rate: 1, seed: 1 }] },
      },
    );
    // Every call throttled: no page read, a throttling gap, and the scan still ends.
    expect(inventory.scopes).toEqual([]);
    expect(gaps(inventory).map((e) => `${e.service}:${e.operation} ${e.code}`)).toEqual([
      "organizations:ListAccounts TooManyRequestsException",
    ]);
  });

  it("uses --role-name and passes --external-id on every AssumeRole", async () => {
    const estate = organizationEstate();
    const trust = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${MANAGEMENT}:root` },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "sts:ExternalId": "org-scan-42" } },
        },
      ],
    });
    for (const account of estate.aws!.accounts)
      if (account.id !== MANAGEMENT)
        account.roles = [{ RoleName: "SecurityAudit", Path: "/audit/", AssumeRolePolicyDocument: trust }];
    const denied = await scan({ org: true, roleName: "audit/SecurityAudit" }, estate);
    expect(readAccounts(denied.inventory)).toEqual([MANAGEMENT]);
    expect(gaps(denied.inventory).map((e) => e.resource)).toEqual([
      roleArn(MEMBER_A, "audit/SecurityAudit"),
      roleArn(MEMBER_B, "audit/SecurityAudit"),
      roleArn(MEMBER_NO_ROLE, "audit/SecurityAudit"),
    ]);
    await emu?.close();
    const allowed = await scan(
      { org: true, roleName: "audit/SecurityAudit", externalId: "org-scan-42" },
      estate,
    );
    expect(readAccounts(allowed.inventory)).toEqual([MANAGEMENT, MEMBER_A, MEMBER_B, MEMBER_NO_ROLE]);
    expect(gaps(allowed.inventory)).toEqual([]);
  });
});

describe("--accounts", () => {
  it("reads exactly the accounts named, each through its role, and records the one it cannot enter", async () => {
    const { inventory, emulator } = await scan({ accounts: [MEMBER_B, MEMBER_NO_ROLE] });
    expect(readAccounts(inventory)).toEqual([MEMBER_B]);
    expect(scopeAccounts(inventory)).toEqual([MEMBER_B, MEMBER_NO_ROLE]);
    expect(bucketAccounts(inventory)).toEqual([`${MEMBER_B} ai-data-${MEMBER_B}`]);
    expect(gaps(inventory).map((e) => `${e.account} ${e.operation} ${e.code}`)).toEqual([
      `${MEMBER_NO_ROLE} AssumeRole AccessDenied`,
    ]);
    expect(emulator.calls()["organizations:ListAccounts"]).toBeUndefined();
  });

  it("reads the caller's own account with its own credentials", async () => {
    const { inventory, emulator } = await scan({ accounts: [MANAGEMENT, MEMBER_A] });
    expect(readAccounts(inventory)).toEqual([MANAGEMENT, MEMBER_A]);
    expect(emulator.calls()["sts:AssumeRole"]).toBe(1);
  });
});

describe("--role-arn", () => {
  it("assumes the role first and scans the role's account as the role", async () => {
    const { inventory, emulator } = await scan({ roleArn: roleArn(MEMBER_A) });
    expect(readAccounts(inventory)).toEqual([MEMBER_A]);
    expect(scopeAccounts(inventory)).toEqual([MEMBER_A]);
    expect(bucketAccounts(inventory)).toEqual([`${MEMBER_A} ai-data-${MEMBER_A}`]);
    const account = inventory.records.find((r) => r.resourceType === "aws.account");
    expect(account?.replies.GetCallerIdentity).toMatchObject({
      Account: MEMBER_A,
      Arn: `arn:aws:sts::${MEMBER_A}:assumed-role/AiPostureReadOnly/aiposture`,
    });
    expect(emulator.calls()["sts:AssumeRole"]).toBe(1);
  });

  it("hops: a role in the management account lists the organization and assumes the member roles", async () => {
    const { inventory, emulator } = await scan({ roleArn: roleArn(MANAGEMENT, "OrgScanner"), org: true });
    expect(readAccounts(inventory)).toEqual([MANAGEMENT, MEMBER_A, MEMBER_B]);
    expect(gaps(inventory).map((e) => e.account)).toEqual([MEMBER_NO_ROLE]);
    expect(emulator.calls()["sts:AssumeRole"]).toBe(4);
  });

  it("a role that cannot be assumed is one gap and nothing is read with the wrong credentials", async () => {
    const { inventory, emulator } = await scan({ roleArn: roleArn(MEMBER_NO_ROLE) });
    expect(scopeAccounts(inventory)).toEqual([MEMBER_NO_ROLE]);
    expect(inventory.records).toEqual([]);
    expect(gaps(inventory)).toEqual([
      expect.objectContaining({ account: MEMBER_NO_ROLE, operation: "AssumeRole", code: "AccessDenied" }),
    ]);
    expect(emulator.calls()["s3:ListBuckets"]).toBeUndefined();
  });
});

describe("fan-out bounds", () => {
  it("reads at most accountConcurrency accounts at once, all under one shared call bound", async () => {
    emu = await startEmulator({ estate: organizationEstate() });
    let inFlight = 0;
    let peak = 0;
    const limits = new Set<unknown>();
    const seen: string[] = [];
    const fake = async (options: AwsScanOptions, limit: Parameters<typeof collectAwsAccount>[1]) => {
      limits.add(limit);
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 20));
      inFlight--;
      seen.push(options.credentials?.accessKeyId ?? "caller");
      return emptyInventory();
    };
    const inventory = await collectAwsAccounts(
      { endpoint: emu.endpoint, concurrency: 3, maxAttempts: 2, org: true, accountConcurrency: 2 },
      fake,
    );
    expect(seen).toHaveLength(3);
    expect(peak).toBe(2);
    expect(limits.size).toBe(1);
    expect(([...limits][0] as { concurrency: number }).concurrency).toBe(3);
    // Members are read with their own minted keys, the management account with the caller's.
    expect(seen.filter((k) => k.startsWith("ASIA")).sort()).toEqual([
      expect.stringMatching(new RegExp(`^ASIA${MEMBER_A}`)),
      expect.stringMatching(new RegExp(`^ASIA${MEMBER_B}`)),
    ]);
    expect(gaps(inventory).map((e) => e.account)).toEqual([MEMBER_NO_ROLE]);
  });

  it("turns one account's collector crash into an error entry for that account", async () => {
    emu = await startEmulator({ estate: organizationEstate() });
    const inventory = await collectAwsAccounts(
      { endpoint: emu.endpoint, concurrency: 4, maxAttempts: 2, accounts: [MEMBER_A, MEMBER_B] },
      async (options, limit) => {
        if (options.credentials?.accessKeyId.startsWith(`ASIA${MEMBER_A}`)) throw new TypeError("boom");
        return collectAwsAccount({ ...options, regions: ["us-east-1"] }, limit);
      },
    );
    expect(readAccounts(inventory)).toEqual([MEMBER_B]);
    expect(scopeAccounts(inventory)).toEqual([MEMBER_A, MEMBER_B]);
    expect(gaps(inventory)).toEqual([
      expect.objectContaining({
        account: MEMBER_A,
        operation: "collect",
        code: "TypeError",
        message: "boom",
      }),
    ]);
  });
});

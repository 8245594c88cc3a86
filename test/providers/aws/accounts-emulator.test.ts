// The emulator's Organizations ListAccounts and STS AssumeRole through the official SDK clients: paging, the
// services' own errors, and minted credentials that land in the role's account.
import {
  ListAccountsCommand,
  OrganizationsClient,
  paginateListAccounts,
} from "@aws-sdk/client-organizations";
import { ListBucketsCommand, S3Client } from "@aws-sdk/client-s3";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterEach, describe, expect, it } from "vitest";
import { startEmulator, type Emulator, type EstateInput } from "../../../mocks/index.js";
import type { OrganizationInput } from "../../../providers/aws/accounts/emulator/estate.js";
import { sdkError } from "../../mocks/helpers.js";
import { MANAGEMENT, MEMBER_A, MEMBER_NO_ROLE, SUSPENDED, organizationEstate } from "./accounts-fixtures.js";

const base = { accessKeyId: "AKIAMANAGEMENT", secretAccessKey: "secret" };
let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

/** The estate with one more access key for an account, to sign requests as that account. */
function withKey(estate: EstateInput, account: string, accessKeyId: string): EstateInput {
  const found = estate.aws?.accounts.find((a) => a.id === account);
  if (found) found.accessKeyIds = [...(found.accessKeyIds ?? []), accessKeyId];
  return estate;
}

async function start(estate: EstateInput = organizationEstate(), pageSize?: number) {
  emu = await startEmulator({ estate, ...(pageSize ? { pageSize } : {}) });
  return emu;
}

const client = {
  org: (e: Emulator, credentials = base, maxAttempts = 1) =>
    new OrganizationsClient({ endpoint: e.endpoint, region: "us-east-1", credentials, maxAttempts }),
  sts: (e: Emulator, credentials: typeof base & { sessionToken?: string } = base) =>
    new STSClient({ endpoint: e.endpoint, region: "us-east-1", credentials, maxAttempts: 1 }),
  s3: (e: Emulator, credentials: typeof base & { sessionToken?: string }) =>
    new S3Client({
      endpoint: e.endpoint,
      region: "us-east-1",
      forcePathStyle: true,
      credentials,
      maxAttempts: 1,
    }),
};

describe("Organizations ListAccounts (emulated)", () => {
  it("lists every account with the wire shapes the SDK parses, one page per account at page size 1", async () => {
    const e = await start(organizationEstate(), 1);
    const ids: string[] = [];
    let first: Record<string, unknown> | undefined;
    for await (const page of paginateListAccounts({ client: client.org(e) }, {})) {
      expect(page.Accounts).toHaveLength(1);
      first ??= page.Accounts?.[0] as Record<string, unknown>;
      ids.push(...(page.Accounts ?? []).map((a) => a.Id ?? "?"));
    }
    expect(ids).toEqual([MANAGEMENT, MEMBER_A, "333333333333", MEMBER_NO_ROLE, SUSPENDED]);
    expect(e.calls()["organizations:ListAccounts"]).toBe(5);
    expect(first).toMatchObject({
      Id: MANAGEMENT,
      Name: "management",
      Status: "ACTIVE",
      State: "ACTIVE",
      JoinedMethod: "CREATED",
      Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-aiposture01/${MANAGEMENT}`,
    });
    expect((first?.JoinedTimestamp as Date).toISOString()).toBe("2020-06-09T17:28:11.497Z");
  });

  it("honours MaxResults 1–20 and refuses forged tokens with the service's InvalidInputException", async () => {
    const e = await start();
    const page = await client.org(e).send(new ListAccountsCommand({ MaxResults: 2 }));
    expect(page.Accounts?.map((a) => a.Id)).toEqual([MANAGEMENT, MEMBER_A]);
    expect(page.NextToken).toBeTruthy();
    expect(await sdkError(client.org(e).send(new ListAccountsCommand({ MaxResults: 21 })))).toMatchObject({
      name: "InvalidInputException",
      status: 400,
    });
    const forged = await sdkError(client.org(e).send(new ListAccountsCommand({ NextToken: "page-2" })));
    expect(forged).toMatchObject({ name: "InvalidInputException", status: 400 });
    expect((forged.error as Error & { Reason?: string }).Reason).toBe("INVALID_NEXT_TOKEN");
  });

  it("answers a member account with AccessDeniedException and an account outside with NotInUse", async () => {
    const estate = withKey(organizationEstate(), MEMBER_A, "AKIAMEMBER");
    estate.aws!.accounts.push({ id: "999999999999", accessKeyIds: ["AKIAOUTSIDER"] });
    const e = await start(estate);
    const asMember = { ...base, accessKeyId: "AKIAMEMBER" };
    expect(await sdkError(client.org(e, asMember).send(new ListAccountsCommand({})))).toMatchObject({
      name: "AccessDeniedException",
      status: 403,
    });
    const outsider = { ...base, accessKeyId: "AKIAOUTSIDER" };
    expect(await sdkError(client.org(e, outsider).send(new ListAccountsCommand({})))).toMatchObject({
      name: "AWSOrganizationsNotInUseException",
      status: 404,
    });
  });

  it("lets a delegated administrator list, and throttles with TooManyRequestsException that the SDK retries", async () => {
    const estate = withKey(organizationEstate(), MEMBER_A, "AKIADELEGATED");
    (estate.aws!.organization as OrganizationInput).delegatedAdministrators = [MEMBER_A];
    emu = await startEmulator({
      estate,
      faults: {
        throttle: [
          { service: "organizations", operation: "ListAccounts", firstAttempts: 2, retryAfterSeconds: 0 },
        ],
      },
    });
    const page = await client
      .org(emu, { ...base, accessKeyId: "AKIADELEGATED" }, 4)
      .send(new ListAccountsCommand({}));
    expect(page.Accounts).toHaveLength(5);
    expect(emu.calls()["organizations:ListAccounts"]).toBe(3);
  });
});

describe("STS AssumeRole (emulated)", () => {
  it("mints credentials that act in the role's account, and GetCallerIdentity names the session", async () => {
    const e = await start();
    const roleArn = `arn:aws:iam::${MEMBER_A}:role/AiPostureReadOnly`;
    const assumed = await client
      .sts(e)
      .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "aiposture" }));
    const c = assumed.Credentials!;
    expect(c.AccessKeyId).toMatch(new RegExp(`^ASIA${MEMBER_A}[0-9A-F]{8}$`));
    expect(c.Expiration!.getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    expect(assumed.AssumedRoleUser?.Arn).toBe(
      `arn:aws:sts::${MEMBER_A}:assumed-role/AiPostureReadOnly/aiposture`,
    );
    const session = {
      accessKeyId: c.AccessKeyId!,
      secretAccessKey: c.SecretAccessKey!,
      sessionToken: c.SessionToken!,
    };

    const identity = await client.sts(e, session).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({ Account: MEMBER_A, Arn: assumed.AssumedRoleUser?.Arn });
    const buckets = await client.s3(e, session).send(new ListBucketsCommand({}));
    expect(buckets.Buckets?.map((b) => b.Name)).toEqual([`ai-data-${MEMBER_A}`]);
    // The same role and session name give the same key: repeated scans do not grow the estate.
    const again = await client
      .sts(e)
      .send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "aiposture" }));
    expect(again.Credentials?.AccessKeyId).toBe(c.AccessKeyId);
    expect(e.writesAttempted()).toEqual([]);
  });

  it("denies a role the account does not have, like a refusing trust policy, naming caller and role", async () => {
    const e = await start();
    const roleArn = `arn:aws:iam::${MEMBER_NO_ROLE}:role/AiPostureReadOnly`;
    const denied = await sdkError(
      client.sts(e).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "aiposture" })),
    );
    expect(denied).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(denied.error.message).toBe(
      `User: arn:aws:iam::${MANAGEMENT}:user/aiposture-audit is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
    );
    // An account the estate does not hold at all cannot have the role either.
    expect(
      await sdkError(
        client
          .sts(e)
          .send(
            new AssumeRoleCommand({ RoleArn: "arn:aws:iam::000000000001:role/x", RoleSessionName: "s1" }),
          ),
      ),
    ).toMatchObject({ name: "AccessDenied" });
  });

  it("requires the trust policy's sts:ExternalId and validates the request like STS", async () => {
    const trust = {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${MANAGEMENT}:root` },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "sts:ExternalId": "aiposture-7f3a" } },
        },
      ],
    };
    const e = await start({
      aws: {
        accounts: [
          { id: MANAGEMENT },
          {
            id: MEMBER_A,
            roles: [
              { RoleName: "Scanner", Path: "/audit/", AssumeRolePolicyDocument: JSON.stringify(trust) },
            ],
          },
        ],
      },
    });
    const roleArn = `arn:aws:iam::${MEMBER_A}:role/audit/Scanner`;
    const send = (extra: object) =>
      client.sts(e).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "aiposture", ...extra }));
    expect(await sdkError(send({}))).toMatchObject({ name: "AccessDenied", status: 403 });
    expect(await sdkError(send({ ExternalId: "wrong-id" }))).toMatchObject({ name: "AccessDenied" });
    expect((await send({ ExternalId: "aiposture-7f3a" })).Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(await sdkError(send({ ExternalId: "aiposture-7f3a", DurationSeconds: 7200 }))).toMatchObject({
      name: "ValidationError",
      status: 400,
    });
    expect(
      await sdkError(client.sts(e).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "a b" }))),
    ).toMatchObject({ name: "ValidationError" });
    // The role's path is part of its identity.
    expect(
      await sdkError(
        client.sts(e).send(
          new AssumeRoleCommand({
            RoleArn: `arn:aws:iam::${MEMBER_A}:role/Scanner`,
            RoleSessionName: "aiposture",
            ExternalId: "aiposture-7f3a",
          }),
        ),
      ),
    ).toMatchObject({ name: "AccessDenied" });
  });

  it("lets a fault rule deny AssumeRole on chosen role ARNs", async () => {
    emu = await startEmulator({
      estate: organizationEstate(),
      faults: { accessDenied: [{ service: "sts", operation: "AssumeRole", resource: `*${MEMBER_A}*` }] },
    });
    const send = (account: string) =>
      client.sts(emu!).send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${account}:role/AiPostureReadOnly`,
          RoleSessionName: "s1",
        }),
      );
    expect(await sdkError(send(MEMBER_A))).toMatchObject({ name: "AccessDenied", status: 403 });
    expect((await send("333333333333")).Credentials).toBeDefined();
  });
});

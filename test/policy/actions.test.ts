import { describe, expect, it } from "vitest";
import { classifyAction } from "../../providers/aws/policy/index.js";
import type { AccessLevel, PolicyService } from "../../providers/aws/policy/index.js";
import { DOMAIN, expectReason, policy, stmt, verdict } from "./helpers.js";

describe("classifyAction", () => {
  const cases: Array<[string, AccessLevel]> = [
    ["s3:GetObject", "read"],
    ["s3:ListBucket", "read"],
    ["s3:getobject", "read"],
    ["es:DescribeDomain", "read"],
    ["es:ESHttpGet", "read"],
    ["es:ESHttpHead", "read"],
    ["s3:PutObject", "write"],
    ["s3:DeleteObject", "write"],
    ["s3:CreateBucket", "write"],
    ["s3:RestoreObject", "write"],
    ["s3:AbortMultipartUpload", "write"],
    ["s3:ReplicateObject", "write"],
    ["s3:PutBucketPolicy", "write"],
    ["es:ESHttpPut", "write"],
    ["es:ESHttpPost", "write"],
    ["es:ESHttpDelete", "write"],
    ["es:ESHttpPatch", "write"],
    ["es:UpdateDomainConfig", "write"],
    ["s3:BypassGovernanceRetention", "write"],
  ];
  it.each(cases)("%s is %s", (action, level) => {
    expect(classifyAction(action)).toBe(level);
  });
});

describe("public access level of the allowed actions", () => {
  type Case = {
    name: string;
    action?: unknown;
    notAction?: unknown;
    service?: PolicyService;
    read: boolean;
    write: boolean;
    resource?: string;
  };
  const cases: Case[] = [
    { name: "s3:GetObject", action: "s3:GetObject", read: true, write: false },
    { name: "s3:PutObject", action: "s3:PutObject", read: false, write: true },
    { name: "Get and Put", action: ["s3:GetObject", "s3:PutObject"], read: true, write: true },
    { name: "*", action: "*", read: true, write: true },
    { name: "s3:*", action: "s3:*", read: true, write: true },
    { name: "s3:Get*", action: "s3:Get*", read: true, write: false },
    { name: "s3:List*", action: "s3:List*", read: true, write: false },
    { name: "s3:Put*", action: "s3:Put*", read: false, write: true },
    { name: "s3:*Object (Get, Put, Delete, Restore)", action: "s3:*Object", read: true, write: true },
    { name: "s3:Get?bject", action: "s3:Get?bject", read: true, write: false },
    { name: "S3:GETOBJECT in capitals", action: "S3:GETOBJECT", read: true, write: false },
    { name: "s3:Delete*", action: "s3:Delete*", read: false, write: true },
    { name: "es:*", action: "es:*", service: "es", read: true, write: true, resource: DOMAIN },
    { name: "es:ESHttp*", action: "es:ESHttp*", service: "es", read: true, write: true, resource: DOMAIN },
    {
      name: "es:ESHttpGet + Head",
      action: ["es:ESHttpGet", "es:ESHttpHead"],
      service: "es",
      read: true,
      write: false,
      resource: DOMAIN,
    },
    {
      name: "es:ESHttpPost",
      action: "es:ESHttpPost",
      service: "es",
      read: false,
      write: true,
      resource: DOMAIN,
    },
    {
      name: "es:Describe*",
      action: "es:Describe*",
      service: "es",
      read: true,
      write: false,
      resource: DOMAIN,
    },
    { name: "unknown verb pattern counts as write", action: "sqs:Send*", read: false, write: true },
    {
      name: "NotAction one write action",
      notAction: "s3:DeleteBucket",
      service: "s3",
      read: true,
      write: true,
    },
    {
      name: "NotAction every read",
      notAction: ["s3:Get*", "s3:List*", "s3:Describe*", "s3:Head*"],
      service: "s3",
      read: false,
      write: true,
    },
    {
      name: "NotAction Get and List leaves s3:DescribeJob",
      notAction: ["s3:Get*", "s3:List*"],
      service: "s3",
      read: true,
      write: true,
    },
    {
      name: "NotAction every write verb",
      notAction: [
        "s3:Put*",
        "s3:Delete*",
        "s3:Create*",
        "s3:Update*",
        "s3:Restore*",
        "s3:Abort*",
        "s3:Replicate*",
        "s3:Bypass*",
        "s3:ObjectOwner*",
      ],
      service: "s3",
      read: true,
      write: false,
    },
    {
      name: "NotAction s3:* in a generic policy still grants other services",
      notAction: "s3:*",
      service: "generic",
      read: true,
      write: true,
    },
  ];
  it.each(cases)("$name", ({ action, notAction, service, read, write, resource }) => {
    const fields: Record<string, unknown> =
      notAction !== undefined ? { Action: undefined, NotAction: notAction } : { Action: action };
    if (resource) fields.Resource = resource;
    const v = verdict(policy(stmt(fields)), { service });
    expect(v.public).toBe(true);
    expect(v.read).toBe(read);
    expect(v.write).toBe(write);
    const expected: AccessLevel[] = [
      ...(read ? ["read" as const] : []),
      ...(write ? ["write" as const] : []),
    ];
    expect(v.publicStatements[0]?.access).toEqual(expected);
  });

  it("NotAction of everything allows nothing", () => {
    const v = verdict(policy(stmt({ Action: undefined, NotAction: "*" })), { service: "s3" });
    expect(v.public).toBe(false);
    expectReason(v, "Statement 1 allows no actions");
  });

  it("a NotAction grant is reported as every action except the list", () => {
    const v = verdict(policy(stmt({ Action: undefined, NotAction: "s3:DeleteBucket" })), { service: "s3" });
    expect(v.publicStatements[0]?.actions).toEqual(["every action except s3:DeleteBucket"]);
    expectReason(v, 'allows every action except s3:DeleteBucket to Principal "*"');
  });

  it("names permissions-management actions in the reason", () => {
    const v = verdict(policy(stmt({ Action: ["s3:PutBucketPolicy", "s3:GetObject"] })));
    expect(v.write).toBe(true);
    expectReason(v, "(public read and write); includes permissions management: s3:PutBucketPolicy");
  });

  it("a bare * in a bucket policy expands to S3 actions only", () => {
    const v = verdict(policy(stmt({ Action: "*" })), { service: "s3" });
    expectReason(v, "s3:PutBucketPolicy");
    expect(v.reasons.join("\n")).not.toContain("es:UpdateDomainConfig");
  });

  it("s3:Put* includes the ACL and policy writes", () => {
    const v = verdict(policy(stmt({ Action: "s3:Put*" })), { service: "s3" });
    expectReason(v, "s3:PutBucketPolicy");
    expectReason(v, "s3:PutObjectAcl");
  });

  it("reports public write of model artifacts as write", () => {
    const v = verdict(policy(stmt({ Sid: "Upload", Action: "s3:PutObject" })), { service: "s3" });
    expect(v.publicStatements[0]).toMatchObject({
      index: 1,
      sid: "Upload",
      principal: "*",
      actions: ["s3:PutObject"],
      access: ["write"],
      condition: "none",
    });
    expectReason(v, "(public write)");
  });
});

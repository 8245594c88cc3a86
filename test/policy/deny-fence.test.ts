import { describe, expect, it } from "vitest";
import { BUCKET, expectReason, OBJECTS, policy, stmt, verdict } from "./helpers.js";

const publicAll = stmt({ Sid: "PublicAll", Action: "s3:*", Resource: [BUCKET, OBJECTS] });
const deny = (overrides: Record<string, unknown>) =>
  stmt({ Sid: "Fence", Effect: "Deny", Action: "s3:*", Resource: [BUCKET, OBJECTS], ...overrides });

describe("Deny fences that make a public Allow non-public", () => {
  const cases: Array<{ name: string; fence: Record<string, unknown>; text: string }> = [
    {
      name: "org",
      fence: { Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-123" } } },
      text: 'StringNotEquals aws:PrincipalOrgID "o-123"',
    },
    {
      name: "VPC endpoint",
      fence: { Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } },
      text: 'StringNotEquals aws:SourceVpce "vpce-1"',
    },
    {
      name: "VPC",
      fence: { Condition: { StringNotEquals: { "aws:SourceVpc": "vpc-1" } } },
      text: "aws:SourceVpc",
    },
    {
      name: "account",
      fence: { Condition: { StringNotEquals: { "aws:PrincipalAccount": "111122223333" } } },
      text: 'aws:PrincipalAccount "111122223333"',
    },
    {
      name: "IP range",
      fence: { Condition: { NotIpAddress: { "aws:SourceIp": "10.0.0.0/16" } } },
      text: 'NotIpAddress aws:SourceIp "10.0.0.0/16"',
    },
    {
      name: "IfExists variant (missing key still denied)",
      fence: { Condition: { StringNotEqualsIfExists: { "aws:SourceVpce": "vpce-1" } } },
      text: "StringNotEqualsIfExists",
    },
    {
      name: "principal ARN",
      fence: { Condition: { ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/etl" } } },
      text: "ArnNotLike aws:PrincipalArn",
    },
    {
      name: "{AWS: *} principal",
      fence: { Principal: { AWS: "*" }, Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-123" } } },
      text: "every principal",
    },
    {
      name: "two fencing tests (ANDed)",
      fence: {
        Condition: {
          StringNotEquals: { "aws:SourceVpce": "vpce-1", "aws:PrincipalAccount": "111122223333" },
        },
      },
      text: "and StringNotEquals aws:PrincipalAccount",
    },
    {
      name: "unconditional Deny of everything",
      fence: {},
      text: "denies it to every principal unconditionally",
    },
    {
      name: "Deny * action",
      fence: {
        Action: "*",
        Resource: "*",
        Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-123" } },
      },
      text: "o-123",
    },
    {
      name: "NotPrincipal naming only fixed principals",
      fence: { Principal: undefined, NotPrincipal: { AWS: "arn:aws:iam::111122223333:role/app" } },
      text: 'everyone except NotPrincipal {"AWS": "arn:aws:iam::111122223333:role/app"}',
    },
  ];
  it.each(cases)("$name", ({ fence, text }) => {
    const v = verdict(policy(publicAll, deny(fence)), { service: "s3" });
    expect(v.public).toBe(false);
    expect(v.read).toBe(false);
    expect(v.write).toBe(false);
    expect(v.fencedBy).toHaveLength(1);
    expect(v.fencedBy[0]).toMatchObject({ index: 2, sid: "Fence" });
    expect(v.fencedBy[0]?.reason).toContain(
      'Statement 1 ("PublicAll") allows s3:* to Principal "*" but Statement 2 ("Fence")',
    );
    expect(v.fencedBy[0]?.reason).toContain(text);
    expectReason(v, "so it is not public");
  });
});

describe("Deny statements that do not fence", () => {
  const cases: Array<{ name: string; fence: Record<string, unknown>; note?: string }> = [
    {
      name: "TLS-only Deny",
      fence: { Condition: { Bool: { "aws:SecureTransport": "false" } } },
      note: "only refuses requests that do not use TLS",
    },
    {
      name: "positive test in a Deny",
      fence: { Condition: { StringEquals: { "aws:PrincipalOrgID": "o-123" } } },
      note: "is not a negated test",
    },
    {
      name: "wildcard value",
      fence: { Condition: { StringNotLike: { "aws:SourceVpce": "vpce-*" } } },
      note: "contains a wildcard",
    },
    {
      name: "broad IP",
      fence: { Condition: { NotIpAddress: { "aws:SourceIp": "0.0.0.0/1" } } },
      note: "broader than /8",
    },
    {
      name: "fence AND TLS (TLS requests escape)",
      fence: {
        Condition: {
          StringNotEquals: { "aws:PrincipalOrgID": "o-1" },
          Bool: { "aws:SecureTransport": "false" },
        },
      },
      note: "TLS",
    },
    {
      name: "non-identifying key",
      fence: { Condition: { StringNotEquals: { "s3:prefix": "x" } } },
      note: "does not test a fixed organization",
    },
    {
      name: "set operator",
      fence: { Condition: { "ForAnyValue:StringNotEquals": { "aws:PrincipalOrgID": "o-1" } } },
      note: "set operator",
    },
    {
      name: "Deny for a named principal only",
      fence: { Principal: { AWS: "arn:aws:iam::111122223333:root" } },
    },
    {
      name: "Deny that does not cover the resources",
      fence: { Resource: BUCKET, Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-1" } } },
    },
    {
      name: "NotResource Deny",
      fence: {
        Resource: undefined,
        NotResource: "arn:aws:s3:::other/*",
        Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-1" } },
      },
    },
    {
      name: "NotPrincipal with a wildcard",
      fence: { Principal: undefined, NotPrincipal: { AWS: "arn:aws:iam::*:root" } },
    },
  ];
  it.each(cases)("$name", ({ fence, note }) => {
    const v = verdict(policy(publicAll, deny(fence)), { service: "s3" });
    expect(v.public).toBe(true);
    expect(v.read && v.write).toBe(true);
    expect(v.fencedBy).toEqual([]);
    if (note) expectReason(v, `Statement 2 ("Fence") does not narrow who has access: `);
    if (note) expectReason(v, note);
  });
});

describe("partial fences", () => {
  it("a fence on writes leaves public read", () => {
    const v = verdict(
      policy(
        stmt({ Sid: "Public", Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"] }),
        deny({
          Action: ["s3:Put*", "s3:Delete*"],
          Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-1" } },
        }),
      ),
      { service: "s3" },
    );
    expect(v.public).toBe(true);
    expect(v.read).toBe(true);
    expect(v.write).toBe(false);
    expect(v.publicStatements[0]?.actions).toEqual(["s3:GetObject"]);
    expect(v.fencedBy[0]?.reason).toContain(
      'Statement 2 ("Fence") narrows Statement 1 ("Public"): it denies s3:Put*, s3:Delete* to every principal',
    );
  });

  it("a fence on writes under s3:* keeps the pattern but drops write only if all writes are fenced", () => {
    const v = verdict(
      policy(
        stmt({ Action: "s3:Get*" }),
        stmt({ Action: "s3:Put*" }),
        deny({ Action: "s3:Put*", Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } } }),
      ),
      { service: "s3" },
    );
    expect(v.publicStatements.map((s) => s.index)).toEqual([1]);
    expect(v.write).toBe(false);
  });

  it("a fence on a read pattern under a wildcard allow removes read", () => {
    const v = verdict(
      policy(
        stmt({ Action: ["s3:Get*", "s3:PutObject"] }),
        deny({
          Action: ["s3:Get*", "s3:List*"],
          Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } },
        }),
      ),
      { service: "s3" },
    );
    expect(v.read).toBe(false);
    expect(v.write).toBe(true);
  });

  it("a NotAction Deny fences actions it does not except", () => {
    const v = verdict(
      policy(
        stmt({ Action: ["s3:GetObject", "s3:PutObject"] }),
        deny({
          Action: undefined,
          NotAction: "s3:GetObject",
          Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1" } },
        }),
      ),
      { service: "s3" },
    );
    expect(v.read).toBe(true);
    expect(v.write).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { expectReason, policy, stmt, verdict } from "./helpers.js";
import type { EvaluateOptions } from "../../providers/aws/policy/index.js";

type Case = { name: string; condition: Record<string, unknown>; reason: string; options?: EvaluateOptions };

const limiting: Case[] = [
  {
    name: "aws:SourceIp /16",
    condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/16" } },
    reason: "limited by aws:SourceIp in 203.0.113.0/16",
  },
  {
    name: "aws:SourceIp exactly /8",
    condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
    reason: "aws:SourceIp in 10.0.0.0/8",
  },
  {
    name: "aws:SourceIp single host",
    condition: { IpAddress: { "aws:SourceIp": "198.51.100.7" } },
    reason: "198.51.100.7",
  },
  {
    name: "aws:SourceIp IPv6 /32",
    condition: { IpAddress: { "aws:SourceIp": "2001:db8::/32" } },
    reason: "2001:db8::/32",
  },
  {
    name: "aws:SourceIp IPv6 /64 list",
    condition: { IpAddress: { "aws:SourceIp": ["2001:db8:1::/64", "192.0.2.0/24"] } },
    reason: "2001:db8:1::/64, 192.0.2.0/24",
  },
  {
    name: "aws:SourceArn",
    condition: { ArnEquals: { "aws:SourceArn": "arn:aws:cloudfront::111122223333:distribution/E1" } },
    reason: "aws:SourceArn = arn:aws:cloudfront",
  },
  {
    name: "aws:SourceArn via ArnLike fixed",
    condition: { ArnLike: { "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:t" } },
    reason: "aws:SourceArn =",
  },
  {
    name: "aws:SourceVpc",
    condition: { StringEquals: { "aws:SourceVpc": "vpc-91237329" } },
    reason: "aws:SourceVpc = vpc-91237329",
  },
  {
    name: "aws:SourceVpce",
    condition: { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
    reason: "aws:SourceVpce = vpce-1a2b3c4d",
  },
  {
    name: "aws:SourceOwner",
    condition: { StringEquals: { "aws:SourceOwner": "111122223333" } },
    reason: "aws:SourceOwner = 111122223333",
  },
  {
    name: "aws:SourceAccount",
    condition: { StringEquals: { "aws:SourceAccount": "111122223333" } },
    reason: "aws:SourceAccount = 111122223333",
  },
  {
    name: "aws:PrincipalOrgID",
    condition: { StringEquals: { "aws:PrincipalOrgID": "o-abc" } },
    reason: "Statement 1 is limited by aws:PrincipalOrgID = o-abc",
  },
  {
    name: "aws:PrincipalAccount",
    condition: { StringEquals: { "aws:PrincipalAccount": "111122223333" } },
    reason: "aws:PrincipalAccount = 111122223333",
  },
  {
    name: "aws:PrincipalArn",
    condition: { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/etl" } },
    reason: "aws:PrincipalArn = arn:aws:iam::111122223333:role/etl",
  },
  {
    name: "aws:userid fixed",
    condition: { StringEquals: { "aws:userid": "AIDAEXAMPLE" } },
    reason: "aws:userid = AIDAEXAMPLE",
  },
  {
    name: "aws:userid AROLEID:*",
    condition: { StringLike: { "aws:userid": "AROAEXAMPLEID:*" } },
    reason: "aws:userid = AROAEXAMPLEID:*",
  },
  {
    name: "s3:x-amz-server-side-encryption-aws-kms-key-id",
    condition: {
      StringEquals: {
        "s3:x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:us-east-1:111122223333:key/k",
      },
    },
    reason: "s3:x-amz-server-side-encryption-aws-kms-key-id = arn:aws:kms",
  },
  {
    name: "s3:DataAccessPointAccount",
    condition: { StringEquals: { "s3:DataAccessPointAccount": "111122223333" } },
    reason: "s3:DataAccessPointAccount = 111122223333",
  },
  {
    name: "s3:DataAccessPointArn fixed",
    condition: {
      StringEquals: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:111122223333:accesspoint/train" },
    },
    reason: "s3:DataAccessPointArn = arn:aws:s3:us-west-2:111122223333:accesspoint/train",
  },
  {
    name: "s3:DataAccessPointArn wildcard name in a bucket policy",
    condition: { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:111122223333:accesspoint/*" } },
    reason: "s3:DataAccessPointArn = arn:aws:s3:us-west-2:111122223333:accesspoint/*",
    options: { service: "s3" },
  },
  {
    name: "key in odd case",
    condition: { StringEquals: { "AWS:PRINCIPALORGID": "o-abc" } },
    reason: "aws:PrincipalOrgID = o-abc",
  },
  {
    name: "operator in odd case (tolerated)",
    condition: { stringequals: { "aws:SourceVpce": "vpce-1" } },
    reason: "aws:SourceVpce = vpce-1",
  },
  {
    name: "StringEqualsIgnoreCase",
    condition: { StringEqualsIgnoreCase: { "aws:PrincipalOrgID": "o-abc" } },
    reason: "aws:PrincipalOrgID = o-abc",
  },
  {
    name: "ForAnyValue: positive test",
    condition: { "ForAnyValue:StringEquals": { "aws:PrincipalOrgID": "o-abc" } },
    reason: "aws:PrincipalOrgID = o-abc",
  },
  {
    name: "a limiting test beside a non-limiting one (conditions are ANDed)",
    condition: { Bool: { "aws:SecureTransport": "true" }, StringEquals: { "aws:SourceVpce": "vpce-1" } },
    reason: "aws:SourceVpce = vpce-1",
  },
  {
    name: "AWS example: IpAddress with a NotIpAddress exception",
    condition: {
      IpAddress: { "aws:SourceIp": "54.240.143.0/24" },
      NotIpAddress: { "aws:SourceIp": "54.240.143.188/32" },
    },
    reason: "aws:SourceIp in 54.240.143.0/24",
  },
  {
    name: "numeric condition values",
    condition: { StringEquals: { "aws:SourceAccount": 111122223333 } },
    reason: "aws:SourceAccount = 111122223333",
  },
];

const notLimiting: Case[] = [
  {
    name: "aws:SourceIp 0.0.0.0/0",
    condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } },
    reason: '"0.0.0.0/0" is broader than /8',
  },
  {
    name: "aws:SourceIp /7",
    condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/7" } },
    reason: "broader than /8",
  },
  {
    name: "one broad CIDR in a list",
    condition: { IpAddress: { "aws:SourceIp": ["192.0.2.0/24", "0.0.0.0/1"] } },
    reason: '"0.0.0.0/1" is broader than /8',
  },
  {
    name: "aws:SourceIp IPv6 /31",
    condition: { IpAddress: { "aws:SourceIp": "2001:db8::/31" } },
    reason: "broader than /32",
  },
  {
    name: "aws:SourceIp ::/0",
    condition: { IpAddress: { "aws:SourceIp": "::/0" } },
    reason: "broader than /32",
  },
  {
    name: "aws:SourceIp not an IP",
    condition: { IpAddress: { "aws:SourceIp": "10.0.*" } },
    reason: "not a valid IP address or CIDR",
  },
  {
    name: "aws:SourceIp with StringEquals",
    condition: { StringEquals: { "aws:SourceIp": "10.0.0.1" } },
    reason: "does not match the key against fixed values",
  },
  {
    name: "StringLike wildcard (AWS example)",
    condition: { StringLike: { "aws:SourceVpc": "vpc-*" } },
    reason: 'StringLike aws:SourceVpc "vpc-*": "vpc-*" contains a wildcard',
  },
  {
    name: "? wildcard",
    condition: { StringLike: { "aws:SourceVpce": "vpce-?" } },
    reason: "contains a wildcard",
  },
  {
    name: "wildcard even under StringEquals",
    condition: { StringEquals: { "aws:PrincipalOrgID": "*" } },
    reason: "contains a wildcard",
  },
  {
    name: "policy variable",
    condition: { StringEquals: { "aws:SourceAccount": "${aws:PrincipalAccount}" } },
    reason: "contains a policy variable",
  },
  {
    name: "StringNotEquals",
    condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-abc" } },
    reason: "is a negated test",
  },
  {
    name: "StringNotLike",
    condition: { StringNotLike: { "aws:SourceVpc": "vpc-1" } },
    reason: "is a negated test",
  },
  {
    name: "NotIpAddress",
    condition: { NotIpAddress: { "aws:SourceIp": "10.0.0.0/16" } },
    reason: "is a negated test",
  },
  {
    name: "ArnNotEquals",
    condition: { ArnNotEquals: { "aws:SourceArn": "arn:aws:sns:us-east-1:1:t" } },
    reason: "is a negated test",
  },
  {
    name: "ArnNotLike",
    condition: { ArnNotLike: { "aws:PrincipalArn": "arn:aws:iam::1:role/x" } },
    reason: "is a negated test",
  },
  {
    name: "StringNotEqualsIgnoreCase",
    condition: { StringNotEqualsIgnoreCase: { "aws:PrincipalOrgID": "o-abc" } },
    reason: "is a negated test",
  },
  {
    name: "Null test",
    condition: { Null: { "aws:SourceVpce": "false" } },
    reason: "only tests whether the key is present",
  },
  {
    name: "IfExists",
    condition: { StringEqualsIfExists: { "aws:SourceVpce": "vpce-1" } },
    reason: "passes when the key is missing from the request (IfExists)",
  },
  {
    name: "IpAddressIfExists",
    condition: { IpAddressIfExists: { "aws:SourceIp": "10.0.0.0/16" } },
    reason: "(IfExists)",
  },
  {
    name: "ForAllValues:",
    condition: { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-abc" } },
    reason: "passes when the key is missing or empty (ForAllValues)",
  },
  {
    name: "non-identifying key",
    condition: { StringEquals: { "s3:prefix": "public/" } },
    reason: 'StringEquals s3:prefix "public/" does not limit who the caller is',
  },
  {
    name: "aws:SecureTransport only",
    condition: { Bool: { "aws:SecureTransport": "true" } },
    reason: "Bool aws:SecureTransport",
  },
  {
    name: "aws:Referer (spoofable)",
    condition: { StringLike: { "aws:Referer": "https://example.com/*" } },
    reason: "aws:Referer",
  },
  {
    name: "aws:PrincipalOrgPaths is not in the list",
    condition: { StringEquals: { "aws:PrincipalOrgPaths": "o-a/r-b/ou-c/" } },
    reason: "aws:PrincipalOrgPaths",
  },
  {
    name: "empty value list",
    condition: { StringEquals: { "aws:SourceVpce": [] } },
    reason: "has no values",
  },
  {
    name: "s3:DataAccessPointArn wildcard outside a bucket policy",
    condition: { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:111122223333:accesspoint/*" } },
    reason: "contains a wildcard",
    options: { service: "generic" },
  },
  {
    name: "s3:DataAccessPointArn with a wildcard account",
    condition: { StringLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-west-2:*:accesspoint/*" } },
    reason: "contains a wildcard",
    options: { service: "s3" },
  },
  {
    name: "aws:userid wildcard other than ROLEID:*",
    condition: { StringLike: { "aws:userid": "*:alice" } },
    reason: "contains a wildcard",
  },
  {
    name: "NumericEquals on a limiting key",
    condition: { NumericEquals: { "aws:SourceAccount": "1" } },
    reason: "does not match the key against fixed values",
  },
];

describe("conditions that limit a public principal", () => {
  it.each(limiting)("$name", ({ condition, reason, options }) => {
    const v = verdict(policy(stmt({ Condition: condition })), options);
    expect(v.public).toBe(false);
    expectReason(v, reason);
  });
});

describe("conditions that do not limit a public principal", () => {
  it.each(notLimiting)("$name", ({ condition, reason, options }) => {
    const v = verdict(policy(stmt({ Sid: "Open", Condition: condition })), options);
    expect(v.public).toBe(true);
    const s = v.publicStatements[0];
    expect(s?.condition).toContain(reason);
    expect(s?.reason).toContain(
      'Statement 1 ("Open") allows s3:GetObject to Principal "*" with no limiting condition (',
    );
  });

  it("reports the lack of a condition as none", () => {
    const v = verdict(policy(stmt({ Sid: "PublicRead" })));
    expect(v.publicStatements[0]?.condition).toBe("none");
    expectReason(
      v,
      'Statement 1 ("PublicRead") allows s3:GetObject to Principal "*" with no limiting condition (public read)',
    );
  });
});

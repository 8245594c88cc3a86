import { describe, expect, it } from "vitest";
import type { EvaluateOptions } from "../../providers/aws/policy/index.js";
import { BUCKET, DOMAIN, OBJECTS, verdict } from "./helpers.js";

interface Case {
  name: string;
  document: unknown;
  options?: EvaluateOptions;
  public: boolean;
  read?: boolean;
  write?: boolean;
  reason: string;
}

const s3: EvaluateOptions = { service: "s3", ownerAccount: "111122223333" };
const es: EvaluateOptions = { service: "es", ownerAccount: "111122223333" };
const doc = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });

const cases: Case[] = [
  {
    name: "static website bucket",
    document: doc({
      Sid: "PublicReadGetObject",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: OBJECTS,
    }),
    options: s3,
    public: true,
    read: true,
    write: false,
    reason:
      'Statement 1 ("PublicReadGetObject") allows s3:GetObject to Principal "*" with no limiting condition (public read)',
  },
  {
    name: "public upload drop box for model artifacts",
    document: doc({
      Sid: "Upload",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: ["s3:PutObject", "s3:PutObjectAcl"],
      Resource: OBJECTS,
    }),
    options: s3,
    public: true,
    read: false,
    write: true,
    reason: "includes permissions management: s3:PutObjectAcl",
  },
  {
    name: "CloudFront OAC via aws:SourceArn",
    document: doc({
      Sid: "AllowCloudFrontServicePrincipal",
      Effect: "Allow",
      Principal: { Service: "cloudfront.amazonaws.com" },
      Action: "s3:GetObject",
      Resource: OBJECTS,
      Condition: {
        StringEquals: { "AWS:SourceArn": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" },
      },
    }),
    options: s3,
    public: false,
    reason: 'limited to fixed principal {"Service": "cloudfront.amazonaws.com"}',
  },
  {
    name: "CloudFront legacy OAI canonical user",
    document: doc({
      Effect: "Allow",
      Principal: { CanonicalUser: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" },
      Action: "s3:GetObject",
      Resource: OBJECTS,
    }),
    options: s3,
    public: false,
    reason: "CanonicalUser",
  },
  {
    name: "ALB/ELB access logs delivery",
    document: doc({
      Effect: "Allow",
      Principal: { Service: "logdelivery.elasticloadbalancing.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: `${OBJECTS}`,
    }),
    options: s3,
    public: false,
    reason: "logdelivery.elasticloadbalancing.amazonaws.com",
  },
  {
    name: "CloudTrail bucket policy",
    document: doc(
      {
        Sid: "AWSCloudTrailAclCheck",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "s3:GetBucketAcl",
        Resource: BUCKET,
      },
      {
        Sid: "AWSCloudTrailWrite",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: `${BUCKET}/AWSLogs/111122223333/*`,
        Condition: {
          StringEquals: {
            "s3:x-amz-acl": "bucket-owner-full-control",
            "aws:SourceArn": "arn:aws:cloudtrail:us-east-1:111122223333:trail/main",
          },
        },
      },
    ),
    options: s3,
    public: false,
    reason: "no statement allows anonymous access",
  },
  {
    name: "partner account read-only",
    document: doc({
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::444455556666:root" },
      Action: ["s3:GetObject", "s3:ListBucket"],
      Resource: [BUCKET, OBJECTS],
    }),
    options: s3,
    public: false,
    reason: "arn:aws:iam::444455556666:root",
  },
  {
    name: "org-wide training data share",
    document: doc({
      Effect: "Allow",
      Principal: "*",
      Action: ["s3:GetObject", "s3:ListBucket"],
      Resource: [BUCKET, OBJECTS],
      Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
    }),
    options: s3,
    public: false,
    reason: "limited by aws:PrincipalOrgID = o-a1b2c3d4e5",
  },
  {
    name: "VPC endpoint restricted bucket",
    document: doc({
      Sid: "Access-to-specific-VPCE-only",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:*",
      Resource: [BUCKET, OBJECTS],
      Condition: { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
    }),
    options: s3,
    public: false,
    reason: "aws:SourceVpce = vpce-1a2b3c4d",
  },
  {
    name: "office IP allow list",
    document: doc({
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: OBJECTS,
      Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "2001:DB8:1234:5678::/64"] } },
    }),
    options: s3,
    public: false,
    reason: "aws:SourceIp in 203.0.113.0/24",
  },
  {
    name: "IP allow list wide open by mistake",
    document: doc({
      Sid: "IPAllow",
      Effect: "Allow",
      Principal: "*",
      Action: "s3:*",
      Resource: OBJECTS,
      Condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } },
    }),
    options: s3,
    public: true,
    read: true,
    write: true,
    reason: '"0.0.0.0/0" is broader than /8',
  },
  {
    name: "IP deny list on Allow (NotIpAddress is open to everyone else)",
    document: doc({
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: OBJECTS,
      Condition: { NotIpAddress: { "aws:SourceIp": ["192.0.2.1/32"] } },
    }),
    options: s3,
    public: true,
    read: true,
    write: false,
    reason: "is a negated test",
  },
  {
    name: "referer-restricted hotlink protection (spoofable header)",
    document: doc({
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: OBJECTS,
      Condition: { StringLike: { "aws:Referer": ["https://www.example.com/*"] } },
    }),
    options: s3,
    public: true,
    read: true,
    write: false,
    reason: "aws:Referer",
  },
  {
    name: "TLS enforcement alone on a private bucket",
    document: doc({
      Sid: "AllowSSLRequestsOnly",
      Effect: "Deny",
      Principal: "*",
      Action: "s3:*",
      Resource: [BUCKET, OBJECTS],
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    }),
    options: s3,
    public: false,
    reason: "no statement allows access",
  },
  {
    name: "public read plus TLS enforcement stays public",
    document: doc(
      { Sid: "PublicRead", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: OBJECTS },
      {
        Sid: "AllowSSLRequestsOnly",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [BUCKET, OBJECTS],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ),
    options: s3,
    public: true,
    read: true,
    write: false,
    reason:
      'Statement 2 ("AllowSSLRequestsOnly") does not narrow who has access: Bool aws:SecureTransport "false" only refuses requests that do not use TLS',
  },
  {
    name: "public read fenced to the organization",
    document: doc(
      {
        Sid: "Read",
        Effect: "Allow",
        Principal: "*",
        Action: ["s3:GetObject", "s3:ListBucket"],
        Resource: [BUCKET, OBJECTS],
      },
      {
        Sid: "DenyOutsideOrg",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [BUCKET, OBJECTS],
        Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-123" } },
      },
    ),
    options: s3,
    public: false,
    reason:
      'Statement 2 ("DenyOutsideOrg") denies it to every principal when StringNotEquals aws:PrincipalOrgID "o-123"',
  },
  {
    name: "data perimeter: VPCE fence with service exemption",
    document: doc(
      { Sid: "Read", Effect: "Allow", Principal: { AWS: "*" }, Action: "s3:GetObject", Resource: OBJECTS },
      {
        Sid: "DenyNotVpce",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [BUCKET, OBJECTS],
        Condition: { StringNotEqualsIfExists: { "aws:SourceVpce": ["vpce-1", "vpce-2"] } },
      },
    ),
    options: s3,
    public: false,
    reason: "vpce-2",
  },
  {
    name: "access point delegation with wildcard access point name",
    document: doc({
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "*",
      Resource: [BUCKET, OBJECTS],
      Condition: { StringEquals: { "s3:DataAccessPointAccount": "111122223333" } },
    }),
    options: s3,
    public: false,
    reason: "s3:DataAccessPointAccount = 111122223333",
  },
  {
    name: "access point ARN wildcard for an account",
    document: doc({
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: OBJECTS,
      Condition: { ArnLike: { "s3:DataAccessPointArn": "arn:aws:s3:us-east-1:111122223333:accesspoint/*" } },
    }),
    options: s3,
    public: false,
    reason: "s3:DataAccessPointArn = arn:aws:s3:us-east-1:111122223333:accesspoint/*",
  },
  {
    name: "web identity (Cognito) upload",
    document: doc({
      Effect: "Allow",
      Principal: { Federated: "cognito-identity.amazonaws.com" },
      Action: "s3:PutObject",
      Resource: OBJECTS,
    }),
    options: s3,
    public: true,
    read: false,
    write: true,
    reason: 'Principal {"Federated": "cognito-identity.amazonaws.com"}',
  },
  {
    name: "everything to everyone",
    document: JSON.stringify(doc({ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" })),
    options: s3,
    public: true,
    read: true,
    write: true,
    reason: "(public read and write); includes permissions management: s3:PutObjectAcl",
  },
  {
    name: "mixed: service, partner, and public statement (AWS RestrictPublicBuckets example)",
    document: doc(
      {
        Sid: "Trail",
        Effect: "Allow",
        Principal: { Service: "cloudtrail.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: OBJECTS,
      },
      {
        Sid: "Partner",
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::444455556666:root" },
        Action: "s3:GetObject",
        Resource: OBJECTS,
      },
      { Sid: "Everyone", Effect: "Allow", Principal: "*", Action: "s3:ListBucket", Resource: BUCKET },
    ),
    options: s3,
    public: true,
    read: true,
    write: false,
    reason: 'Statement 3 ("Everyone") allows s3:ListBucket',
  },
  {
    name: "OpenSearch open domain",
    document: doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: DOMAIN }),
    options: es,
    public: true,
    read: true,
    write: true,
    reason: "includes permissions management: es:UpdateDomainConfig",
  },
  {
    name: "OpenSearch IP-based policy",
    document: doc({
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: ["es:ESHttp*"],
      Resource: DOMAIN,
      Condition: { IpAddress: { "aws:SourceIp": ["192.0.2.0/24"] } },
    }),
    options: es,
    public: false,
    reason: "aws:SourceIp in 192.0.2.0/24",
  },
  {
    name: "OpenSearch IP-based policy with 0.0.0.0/0",
    document: doc({
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "es:ESHttp*",
      Resource: DOMAIN,
      Condition: { IpAddress: { "aws:SourceIp": "0.0.0.0/0" } },
    }),
    options: es,
    public: true,
    read: true,
    write: true,
    reason: "broader than /8",
  },
  {
    name: "OpenSearch read-only search for everyone",
    document: doc({
      Effect: "Allow",
      Principal: { AWS: ["*"] },
      Action: ["es:ESHttpGet", "es:ESHttpHead"],
      Resource: DOMAIN,
    }),
    options: es,
    public: true,
    read: true,
    write: false,
    reason: "es:ESHttpGet, es:ESHttpHead",
  },
  {
    name: "OpenSearch role-based access",
    document: doc({
      Effect: "Allow",
      Principal: {
        AWS: ["arn:aws:iam::111122223333:role/search-writer", "arn:aws:iam::111122223333:role/search-reader"],
      },
      Action: "es:ESHttp*",
      Resource: DOMAIN,
    }),
    options: es,
    public: false,
    reason: "fixed principals",
  },
  {
    name: "OpenSearch VPC-like restriction through a Deny fence on source VPC",
    document: doc(
      { Effect: "Allow", Principal: { AWS: "*" }, Action: "es:ESHttp*", Resource: DOMAIN },
      {
        Sid: "OnlyVpc",
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "es:*",
        Resource: "arn:aws:es:us-east-1:111122223333:domain/embeddings/*",
        Condition: { StringNotEquals: { "aws:SourceVpc": "vpc-0abc" } },
      },
    ),
    options: es,
    public: false,
    reason: 'Statement 2 ("OnlyVpc")',
  },
  {
    name: "OpenSearch fine-grained access control style policy (open, relies on FGAC)",
    document: doc({ Effect: "Allow", Principal: { AWS: "*" }, Action: "es:ESHttp*", Resource: DOMAIN }),
    options: es,
    public: true,
    read: true,
    write: true,
    reason: 'allows es:ESHttp* to Principal {"AWS": "*"} with no limiting condition (public read and write)',
  },
  {
    name: "generic policy with a Null condition",
    document: doc({
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: OBJECTS,
      Condition: { Null: { "aws:PrincipalOrgID": "false" } },
    }),
    public: true,
    read: true,
    write: false,
    reason: "only tests whether the key is present",
  },
];

describe("realistic S3 and OpenSearch policies", () => {
  it.each(cases)("$name", (c) => {
    const v = verdict(c.document, c.options);
    expect(v.public).toBe(c.public);
    if (c.read !== undefined) expect(v.read).toBe(c.read);
    if (c.write !== undefined) expect(v.write).toBe(c.write);
    if (!c.public) expect(v.publicStatements).toEqual([]);
    expect(v.reasons.join("\n")).toContain(c.reason);
  });
});

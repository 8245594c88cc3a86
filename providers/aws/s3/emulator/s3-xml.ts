// Response bodies for S3 bucket sub-resources, in the XML shapes of the Amazon S3 API Reference.
import type { Account } from "../../../../mocks/estate/schema.js";
import { s3Estate, type Bucket, type PublicAccessBlock } from "./estate.js";
import { el } from "../../../../mocks/protocols/xml.js";
import type { XmlNode } from "../../../../mocks/protocols/xml.js";
import { createHash } from "node:crypto";

export const S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";

/** Canonical user ids are 64 hex characters; derive a stable one per account when the estate gives none. */
export function accountOwner(account: Account): { ID: string; DisplayName?: string } {
  const given = s3Estate.of(account).Owner;
  const ID = given?.ID ?? createHash("sha256").update(`canonical:${account.id}`).digest("hex");
  return given?.DisplayName ? { ID, DisplayName: given.DisplayName } : { ID };
}

export function aclXml(bucket: Bucket, account: Account): XmlNode {
  const owner = { ...accountOwner(account), ...bucket.Acl?.Owner };
  const grants = bucket.Acl?.Grants ?? [
    {
      Grantee: { Type: "CanonicalUser" as const, ID: owner.ID, DisplayName: owner.DisplayName },
      Permission: "FULL_CONTROL" as const,
    },
  ];
  return {
    Owner: { ID: owner.ID, DisplayName: owner.DisplayName },
    AccessControlList: {
      Grant: grants.map((g) => ({
        Grantee: el(
          { "xmlns:xsi": XSI, "xsi:type": g.Grantee.Type },
          {
            ID: g.Grantee.ID,
            DisplayName: g.Grantee.DisplayName,
            EmailAddress: g.Grantee.EmailAddress,
            URI: g.Grantee.URI,
          },
        ),
        Permission: g.Permission,
      })),
    },
  };
}

export function publicAccessBlockXml(pab: PublicAccessBlock): XmlNode {
  // S3 always returns all four flags; an omitted one is off.
  return {
    BlockPublicAcls: pab.BlockPublicAcls ?? false,
    IgnorePublicAcls: pab.IgnorePublicAcls ?? false,
    BlockPublicPolicy: pab.BlockPublicPolicy ?? false,
    RestrictPublicBuckets: pab.RestrictPublicBuckets ?? false,
  };
}

export function encryptionXml(rules: NonNullable<Bucket["Encryption"]>["Rules"]): XmlNode {
  return {
    Rule: rules.map((r) => ({
      ApplyServerSideEncryptionByDefault: r.ApplyServerSideEncryptionByDefault
        ? {
            SSEAlgorithm: r.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
            KMSMasterKeyID: r.ApplyServerSideEncryptionByDefault.KMSMasterKeyID,
          }
        : undefined,
      BucketKeyEnabled: r.BucketKeyEnabled ?? false,
    })),
  };
}

/** Since January 2023 every bucket without a configuration is encrypted with SSE-S3. */
export const DEFAULT_ENCRYPTION = [
  { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" as const }, BucketKeyEnabled: false },
];

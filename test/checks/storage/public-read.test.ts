import check from "../../../checks/storage/public-read.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { fromRecord, fromS3Bucket } from "../../support/from-record.js";
import { azureProvider } from "../../../providers/azure/index.js";
import {
  aclForEveryone,
  azureStorageRecord,
  IN_ACCOUNT_WITHOUT_BPA,
  publicBucketPolicy,
  s3BucketRecord,
  withoutReply,
} from "../../support/raw-records.js";

const s3 = fromS3Bucket;
const allUsersRead = aclForEveryone("READ");
const openNetwork = { publicNetworkAccess: "Enabled", networkRuleSet: { defaultAction: "Allow" } };
const publicContainer = { BlobContainers_List: [{ name: "c", publicAccess: "Container" }] };
const website = (enabled: boolean) => ({
  BlobServices_GetServiceProperties: { staticWebsite: { enabled, indexDocument: "index.html" } },
  BlobContainers_List: [{ name: "$web", publicAccess: "None" }],
});
const lockedDown = { allowBlobPublicAccess: false, ...openNetwork };

const open = { public: true, reasons: ['Statement 1 allows s3:GetObject to Principal "*"'] };

checkTable(check, {
  valid: [
    { name: "private bucket", messageId: "notPublic", asset: storageAsset() },
    {
      name: "public policy blocked by RestrictPublicBuckets",
      messageId: "notPublic",
      asset: storageAsset({
        publicRead: { public: false, reasons: ["…, but RestrictPublicBuckets blocks it"] },
      }),
    },
    { name: "raw S3 record: no policy, private ACL", asset: s3(), messageId: "notPublic" },
    {
      name: "raw S3 record: READ for AllUsers, but Object Ownership BucketOwnerEnforced disables ACLs",
      asset: s3({
        GetBucketAcl: allUsersRead,
        GetBucketOwnershipControls: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] },
      }),
      messageId: "notPublic",
    },
    {
      name: "raw Azure record: a Container-level container, but allowBlobPublicAccess false",
      asset: fromRecord(
        azureProvider,
        azureStorageRecord({ allowBlobPublicAccess: false, ...openNetwork }, publicContainer),
      ),
      messageId: "notPublic",
    },
    {
      name: "raw Azure record: a '$web' container left behind, static website disabled",
      asset: fromRecord(azureProvider, azureStorageRecord(lockedDown, website(false))),
      messageId: "notPublic",
    },
    {
      name: "raw Azure record: static website enabled, but the firewall denies by default",
      asset: fromRecord(
        azureProvider,
        azureStorageRecord(
          { allowBlobPublicAccess: false, networkRuleSet: { defaultAction: "Deny" } },
          website(true),
        ),
      ),
      messageId: "notPublic",
    },
    {
      name: "raw Azure record: blob service unreadable, no '$web' container, so no website",
      asset: fromRecord(
        azureProvider,
        withoutReply(azureStorageRecord(lockedDown), "BlobServices_GetServiceProperties"),
      ),
      messageId: "notPublic",
    },
  ],
  invalid: [
    {
      name: "public via policy",
      asset: storageAsset({ publicRead: open }),
      messageId: "publicRead",
      data: { routes: ['Statement 1 allows s3:GetObject to Principal "*"'] },
      severity: "high",
    },
    {
      name: "public and tagged phi is critical",
      asset: storageAsset({ publicRead: open, dataClassification: "phi" }),
      messageId: "publicRead",
      data: { routes: ['Statement 1 allows s3:GetObject to Principal "*"'] },
      severity: "critical",
    },
    {
      name: "public and tagged internal stays high",
      asset: storageAsset({ publicRead: open, dataClassification: "internal" }),
      messageId: "publicRead",
      data: { routes: ['Statement 1 allows s3:GetObject to Principal "*"'] },
      severity: "high",
    },
    {
      name: "raw S3 record: bucket policy grants s3:GetObject to *",
      asset: s3({ GetBucketPolicy: publicBucketPolicy("raw-bucket", "s3:GetObject") }),
      messageId: "publicRead",
    },
    {
      name: "raw S3 record: ACL grants READ to AllUsers (ACLs in force)",
      asset: s3({ GetBucketAcl: allUsersRead }),
      messageId: "publicRead",
    },
    {
      name: "raw Azure record: public blob access allowed, a Container-level container, open network",
      asset: fromRecord(
        azureProvider,
        azureStorageRecord({ allowBlobPublicAccess: true, ...openNetwork }, publicContainer),
      ),
      messageId: "publicRead",
    },
    {
      name: "raw Azure record: static website enabled serves '$web' although allowBlobPublicAccess is false",
      asset: fromRecord(azureProvider, azureStorageRecord(lockedDown, website(true))),
      messageId: "publicRead",
      data: {
        routes: [
          "a static website is enabled (index 'index.html'): container '$web' is served anonymously from the web endpoint whatever allowBlobPublicAccess says",
        ],
      },
    },
  ],
  unknown: [
    {
      name: "policy unreadable",
      asset: storageAsset({ publicRead: UNREADABLE }),
      messageId: "cannotTell",
      data: { reason: "GetBucketPolicy failed: AccessDenied" },
    },
    {
      name: "raw S3 record: the bucket policy was not read",
      asset: fromRecord(
        awsProvider,
        withoutReply(s3BucketRecord(), "GetBucketPolicy"),
        IN_ACCOUNT_WITHOUT_BPA,
      ),
      messageId: "cannotTell",
    },
    {
      name: "raw S3 record: public policy, account-level Block Public Access not read",
      asset: fromRecord(
        awsProvider,
        s3BucketRecord({ GetBucketPolicy: publicBucketPolicy("raw-bucket", "s3:GetObject") }),
      ),
      messageId: "cannotTell",
    },
    {
      name: "raw Azure record: a '$web' container, blob service properties unreadable, open network",
      asset: fromRecord(
        azureProvider,
        withoutReply(azureStorageRecord(lockedDown, website(true)), "BlobServices_GetServiceProperties"),
      ),
      messageId: "cannotTell",
    },
  ],
});

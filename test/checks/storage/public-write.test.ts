import check from "../../../checks/storage/public-write.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { fromRecord, fromS3Bucket } from "../../support/from-record.js";
import {
  aclForEveryone,
  IN_ACCOUNT_WITHOUT_BPA,
  publicBucketPolicy,
  s3BucketRecord,
  withoutReply,
} from "../../support/raw-records.js";

const s3 = fromS3Bucket;
const putForEveryone = publicBucketPolicy("raw-bucket", "s3:PutObject");

checkTable(check, {
  valid: [
    { name: "no public write", messageId: "notPublic", asset: storageAsset() },
    { name: "raw S3 record: no policy, private ACL", asset: s3(), messageId: "notPublic" },
    {
      name: "raw S3 record: public PutObject policy, but the bucket's RestrictPublicBuckets blocks it",
      asset: s3({ GetBucketPolicy: putForEveryone, GetPublicAccessBlock: { RestrictPublicBuckets: true } }),
      messageId: "notPublic",
    },
  ],
  invalid: [
    {
      name: "public PutObject",
      asset: storageAsset({
        publicWrite: { public: true, reasons: ['Statement 1 allows s3:PutObject to Principal "*"'] },
      }),
      messageId: "publicWrite",
      data: { routes: ['Statement 1 allows s3:PutObject to Principal "*"'] },
      severity: "critical",
    },
    {
      name: "ACL WRITE to AllUsers",
      asset: storageAsset({ publicWrite: { public: true, reasons: ["ACL grants WRITE to AllUsers"] } }),
      messageId: "publicWrite",
      data: { routes: ["ACL grants WRITE to AllUsers"] },
    },
    {
      name: "raw S3 record: bucket policy grants s3:PutObject to *",
      asset: s3({ GetBucketPolicy: putForEveryone }),
      messageId: "publicWrite",
    },
    {
      name: "raw S3 record: ACL grants WRITE to AllUsers",
      asset: s3({ GetBucketAcl: aclForEveryone("WRITE") }),
      messageId: "publicWrite",
    },
  ],
  unknown: [
    { name: "ACL unreadable", messageId: "cannotTell", asset: storageAsset({ publicWrite: UNREADABLE }) },
    {
      name: "raw S3 record: the ACL was not read",
      asset: fromRecord(awsProvider, withoutReply(s3BucketRecord(), "GetBucketAcl"), IN_ACCOUNT_WITHOUT_BPA),
      messageId: "cannotTell",
    },
  ],
});

import check from "../../../checks/access-point/public.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { accessPointAsset, BUCKET_ARN, fromRecord } from "../../support/access-point.js";

const open = { public: true, reasons: ['Statement 1 allows s3:GetObject to Principal "*"'] };

checkTable(check, {
  valid: [
    { name: "no public grant", messageId: "notPublic", asset: accessPointAsset() },
    { name: "raw: no access point policy", messageId: "notPublic", asset: fromRecord({ policy: null }) },
    {
      name: "raw: VPC origin blocks a public policy",
      messageId: "notPublic",
      asset: fromRecord({
        getAccessPoint: {
          Bucket: "example-bucket",
          NetworkOrigin: "VPC",
          VpcConfiguration: { VpcId: "vpc-1" },
        },
      }),
    },
    {
      name: "raw: account RestrictPublicBuckets blocks it",
      messageId: "notPublic",
      asset: fromRecord({ accountBpa: { RestrictPublicBuckets: true } }),
    },
    {
      name: "raw: own RestrictPublicBuckets blocks it",
      messageId: "notPublic",
      asset: fromRecord({
        getAccessPoint: {
          Bucket: "example-bucket",
          NetworkOrigin: "Internet",
          PublicAccessBlockConfiguration: { RestrictPublicBuckets: true },
        },
      }),
    },
    {
      name: "raw: bucket policy does not delegate to access points",
      messageId: "notPublic",
      asset: fromRecord({ bucketPolicy: null }),
    },
  ],
  invalid: [
    {
      name: "public read",
      asset: accessPointAsset({ publicRead: open }),
      messageId: "publicAccess",
      data: { access: "read", bucket: BUCKET_ARN },
      severity: "critical",
    },
    {
      name: "raw: public policy, Internet origin, delegating bucket, nothing blocks",
      asset: fromRecord(),
      messageId: "publicAccess",
      data: { access: "read", bucket: BUCKET_ARN },
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "policy unreadable",
      asset: accessPointAsset({ publicRead: unknown("GetAccessPointPolicy failed: AccessDenied") }),
      messageId: "cannotTell",
    },
    { name: "raw: policy not read", asset: fromRecord({ policy: undefined }), messageId: "cannotTell" },
    {
      name: "raw: bucket policy not read",
      asset: fromRecord({ bucketPolicy: "unread" }),
      messageId: "cannotTell",
      data: { reason: "GetBucketPolicy was not read" },
    },
    {
      name: "raw: account Block Public Access not read",
      asset: fromRecord({ accountBpa: unknown("GetPublicAccessBlock failed: AccessDenied") }),
      messageId: "cannotTell",
    },
  ],
});

import { requestParameter, routesFor, type CloudTrailDetail } from "../cloudtrail.js";

const bucket = (detail: CloudTrailDetail, _region: string, _account: string, partition: string) => {
  const name = requestParameter(detail, "bucketName");
  return name ? { name, resourceId: `arn:${partition}:s3:::${name}` } : undefined;
};

/** Calls that change who can reach a bucket or how it is encrypted. */
export const S3_ROUTES = routesFor(
  "s3.amazonaws.com",
  [
    "PutBucketPolicy",
    "DeleteBucketPolicy",
    "PutBucketAcl",
    "PutPublicAccessBlock",
    "DeletePublicAccessBlock",
    "PutBucketEncryption",
    "DeleteBucketEncryption",
    "CreateBucket",
  ],
  { kinds: ["storage"], idFrom: "requestParameters.bucketName → arn:aws:s3:::NAME", resource: bucket },
);

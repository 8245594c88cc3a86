// Amazon S3 (REST-XML), read-only bucket configuration APIs. Error codes and bodies follow the
// Amazon S3 API Reference pages listed in mocks/README.md.
import type { Account } from "../../../../mocks/estate/schema.js";
import { s3Estate, type Bucket } from "./estate.js";
import { findBy } from "../../../../mocks/estate/index-by.js";
import { restXmlError, xmlOk } from "../../../../mocks/protocols/rest-xml.js";
import { hostId, requestId } from "../../../../mocks/protocols/request-id.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../../../../mocks/types.js";
import { isPolicyPublic, policyText } from "./s3-policy.js";
import { bucketAndKey, s3Operation } from "./s3-operations.js";
import { listBuckets } from "./s3-list-buckets.js";
import { objectResponse } from "./s3-objects.js";
import { DEFAULT_ENCRYPTION, S3_NS, aclXml, encryptionXml, publicAccessBlockXml } from "./s3-xml.js";

const errors: ServiceErrors = {
  error: (status, code, message, extra) => restXmlError(status, code, message, extra),
  throttling: { status: 503, code: "SlowDown", message: "Please reduce your request rate." },
  accessDenied: { status: 403, code: "AccessDenied", message: "Access Denied" },
  missingAuth: { status: 403, code: "AccessDenied", message: "Access Denied" },
  writeDenied: { status: 403, code: "AccessDenied", message: "Access Denied" },
  unknownOperation: {
    status: 501,
    code: "NotImplemented",
    message: "A header you provided implies functionality that is not implemented",
  },
};

export const s3: ServiceEmulator = {
  name: "s3",
  matches: (req) =>
    !req.path.startsWith("/v20180820/") && (req.auth ? req.auth.service === "s3" : !req.query.has("Action")),
  operation: (req) => s3Operation(req),
  errors,
  handle: (req, op, ctx) => withRequestId(handle(req, op, ctx)),
};

// Every S3 reply carries x-amz-request-id / x-amz-id-2, including HEAD and raw-JSON policy replies.
function withRequestId(res: EmuResponse): EmuResponse {
  if (res.headers?.["x-amz-request-id"]) return res;
  return { ...res, headers: { ...res.headers, "x-amz-request-id": requestId(), "x-amz-id-2": hostId() } };
}

type BucketHandler = (bucket: Bucket, account: Account, req: EmuRequest) => EmuResponse;

function notFound(bucket: Bucket, code: string, message: string): EmuResponse {
  return restXmlError(404, code, message, { BucketName: bucket.Name });
}

const BUCKET_HANDLERS: Record<string, BucketHandler> = {
  HeadBucket: (bucket) => ({
    status: 200,
    headers: { "x-amz-bucket-region": bucket.BucketRegion, "x-amz-access-point-alias": "false" },
  }),
  GetBucketLocation: (bucket) =>
    // us-east-1 is reported as an empty LocationConstraint.
    xmlOk("LocationConstraint", bucket.BucketRegion === "us-east-1" ? "" : bucket.BucketRegion, S3_NS),
  GetBucketPolicy: (bucket) =>
    bucket.Policy === undefined
      ? notFound(bucket, "NoSuchBucketPolicy", "The bucket policy does not exist")
      : { status: 200, headers: { "content-type": "application/json" }, body: policyText(bucket.Policy) },
  GetBucketPolicyStatus: (bucket) => {
    if (bucket.PolicyStatus) return xmlOk("PolicyStatus", { IsPublic: bucket.PolicyStatus.IsPublic }, S3_NS);
    if (bucket.Policy === undefined)
      return notFound(bucket, "NoSuchBucketPolicy", "The bucket policy does not exist");
    return xmlOk("PolicyStatus", { IsPublic: isPolicyPublic(bucket.Policy) }, S3_NS);
  },
  GetBucketAcl: (bucket, account) => xmlOk("AccessControlPolicy", aclXml(bucket, account), S3_NS),
  GetPublicAccessBlock: (bucket) =>
    bucket.PublicAccessBlock
      ? xmlOk("PublicAccessBlockConfiguration", publicAccessBlockXml(bucket.PublicAccessBlock), S3_NS)
      : notFound(
          bucket,
          "NoSuchPublicAccessBlockConfiguration",
          "The public access block configuration was not found",
        ),
  GetBucketEncryption: (bucket) =>
    bucket.Encryption === null
      ? notFound(
          bucket,
          "ServerSideEncryptionConfigurationNotFoundError",
          "The server side encryption configuration was not found",
        )
      : xmlOk(
          "ServerSideEncryptionConfiguration",
          encryptionXml(bucket.Encryption?.Rules ?? DEFAULT_ENCRYPTION),
          S3_NS,
        ),
  GetBucketLogging: (bucket) =>
    xmlOk("BucketLoggingStatus", { LoggingEnabled: bucket.Logging?.LoggingEnabled }, S3_NS),
  GetBucketVersioning: (bucket) =>
    xmlOk(
      "VersioningConfiguration",
      { Status: bucket.Versioning?.Status, MfaDelete: bucket.Versioning?.MFADelete },
      S3_NS,
    ),
  GetBucketTagging: (bucket) =>
    bucket.Tags && bucket.Tags.length > 0
      ? xmlOk("Tagging", { TagSet: { Tag: bucket.Tags.map((t) => ({ Key: t.Key, Value: t.Value })) } }, S3_NS)
      : notFound(bucket, "NoSuchTagSet", "The TagSet does not exist"),
  GetBucketOwnershipControls: (bucket) =>
    bucket.OwnershipControls
      ? xmlOk(
          "OwnershipControls",
          { Rule: bucket.OwnershipControls.Rules.map((r) => ({ ObjectOwnership: r.ObjectOwnership })) },
          S3_NS,
        )
      : notFound(bucket, "OwnershipControlsNotFoundError", "The bucket ownership controls were not found"),
  GetObject: (bucket, _account, req) =>
    objectResponse(bucket.Objects ?? [], bucketAndKey(req).key, req, false),
  HeadObject: (bucket, _account, req) =>
    objectResponse(bucket.Objects ?? [], bucketAndKey(req).key, req, true),
};

// Operations S3 answers from any regional endpoint (GetBucketLocation exists to discover the region).
const REGION_AGNOSTIC = new Set(["GetBucketLocation"]);

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  if (op.name === "ListBuckets") return listBuckets(req, ctx);
  const { bucket: name } = bucketAndKey(req);
  const owner = findBucket(ctx, name);
  if (!owner) {
    return op.name === "HeadBucket"
      ? { status: 404 }
      : restXmlError(404, "NoSuchBucket", "The specified bucket does not exist", { BucketName: name });
  }
  // Bucket names are global; another account's bucket is forbidden, not missing.
  if (owner.account.id !== ctx.account.id) return restXmlError(403, "AccessDenied", "Access Denied");
  const { bucket } = owner;
  if (bucket.BucketRegion !== ctx.region && !REGION_AGNOSTIC.has(op.name)) {
    ctx.countRedirect();
    return permanentRedirect(bucket);
  }
  const handler = BUCKET_HANDLERS[op.name];
  if (!handler) return errors.error(501, errors.unknownOperation.code, errors.unknownOperation.message);
  return handler(bucket, owner.account, req);
}

/** 301 PermanentRedirect: the body names the right endpoint, x-amz-bucket-region names the region. */
function permanentRedirect(bucket: Bucket): EmuResponse {
  return restXmlError(
    301,
    "PermanentRedirect",
    "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.",
    { Endpoint: `${bucket.Name}.s3.${bucket.BucketRegion}.amazonaws.com`, Bucket: bucket.Name },
    false,
    { "x-amz-bucket-region": bucket.BucketRegion },
  );
}

function findBucket(ctx: HandlerContext, name: string): { bucket: Bucket; account: Account } | undefined {
  for (const account of ctx.estate.aws.accounts) {
    const bucket = findBy(s3Estate.of(account).buckets, "Name", (b) => b.Name, name);
    if (bucket) return { bucket, account };
  }
  return undefined;
}

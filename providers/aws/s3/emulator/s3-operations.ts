// Maps an S3 REST request (method + bucket + subresource) to its SDK operation name.
import type { EmuRequest, Operation } from "../../../../mocks/types.js";

interface Subresource {
  get?: string;
  put?: string;
  delete?: string;
  post?: string;
}

// Follows the request syntax on each "Amazon S3 API Reference" operation page (GET /?policy, …).
const SUBRESOURCES: Record<string, Subresource> = {
  policy: { get: "GetBucketPolicy", put: "PutBucketPolicy", delete: "DeleteBucketPolicy" },
  policyStatus: { get: "GetBucketPolicyStatus" },
  acl: { get: "GetBucketAcl", put: "PutBucketAcl" },
  publicAccessBlock: {
    get: "GetPublicAccessBlock",
    put: "PutPublicAccessBlock",
    delete: "DeletePublicAccessBlock",
  },
  encryption: { get: "GetBucketEncryption", put: "PutBucketEncryption", delete: "DeleteBucketEncryption" },
  logging: { get: "GetBucketLogging", put: "PutBucketLogging" },
  versioning: { get: "GetBucketVersioning", put: "PutBucketVersioning" },
  tagging: { get: "GetBucketTagging", put: "PutBucketTagging", delete: "DeleteBucketTagging" },
  ownershipControls: {
    get: "GetBucketOwnershipControls",
    put: "PutBucketOwnershipControls",
    delete: "DeleteBucketOwnershipControls",
  },
  location: { get: "GetBucketLocation" },
  cors: { get: "GetBucketCors", put: "PutBucketCors", delete: "DeleteBucketCors" },
  lifecycle: {
    get: "GetBucketLifecycleConfiguration",
    put: "PutBucketLifecycleConfiguration",
    delete: "DeleteBucketLifecycle",
  },
  website: { get: "GetBucketWebsite", put: "PutBucketWebsite", delete: "DeleteBucketWebsite" },
  replication: {
    get: "GetBucketReplication",
    put: "PutBucketReplication",
    delete: "DeleteBucketReplication",
  },
  notification: { get: "GetBucketNotificationConfiguration", put: "PutBucketNotificationConfiguration" },
  delete: { post: "DeleteObjects" },
};

const READ_PREFIXES = ["Get", "List", "Head", "Describe"];

export function isReadOperation(name: string): boolean {
  return READ_PREFIXES.some((p) => name.startsWith(p));
}

/** Splits virtual-hosted (`bucket.localhost`, `bucket.s3.<anything>`) from path-style addressing. */
export function bucketAndKey(req: EmuRequest): { bucket: string; key: string } {
  const host = req.host.toLowerCase();
  let hostBucket: string | undefined;
  const s3 = host.indexOf(".s3.");
  if (s3 > 0) hostBucket = host.slice(0, s3);
  else if (host.endsWith(".localhost")) hostBucket = host.slice(0, -".localhost".length);
  const parts = req.path.replace(/^\/+/, "");
  if (hostBucket) return { bucket: hostBucket, key: parts };
  const slash = parts.indexOf("/");
  return slash < 0
    ? { bucket: parts, key: "" }
    : { bucket: parts.slice(0, slash), key: parts.slice(slash + 1) };
}

export function s3Operation(req: EmuRequest): Operation {
  const { bucket, key } = bucketAndKey(req);
  const name = operationName(req, bucket, key);
  return { name, resource: bucket, write: !isReadOperation(name) };
}

function operationName(req: EmuRequest, bucket: string, key: string): string {
  const method = req.method.toUpperCase();
  if (!bucket) return method === "GET" ? "ListBuckets" : `${cap(method)}Service`;
  if (key) {
    const byMethod: Record<string, string> = {
      GET: "GetObject",
      HEAD: "HeadObject",
      PUT: "PutObject",
      DELETE: "DeleteObject",
      POST: "CreateMultipartUpload",
    };
    return byMethod[method] ?? `${cap(method)}Object`;
  }
  for (const [sub, ops] of Object.entries(SUBRESOURCES)) {
    if (!req.query.has(sub)) continue;
    const op = ops[method.toLowerCase() as keyof Subresource];
    if (op) return op;
    return `${cap(method)}Bucket${cap(sub)}`;
  }
  if (method === "HEAD") return "HeadBucket";
  if (method === "GET") return req.query.get("list-type") === "2" ? "ListObjectsV2" : "ListObjects";
  if (method === "PUT") return "CreateBucket";
  if (method === "DELETE") return "DeleteBucket";
  return `${cap(method)}Bucket`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

// ListBuckets with the 2024 pagination parameters: max-buckets, continuation-token, prefix, bucket-region.
import { restXmlError, xmlOk } from "../../../../mocks/protocols/rest-xml.js";
import type { EmuRequest, EmuResponse, HandlerContext } from "../../../../mocks/types.js";
import { S3_NS, accountOwner } from "./s3-xml.js";
import { s3Estate, type Bucket } from "./estate.js";
import { sortedBy } from "../../../../mocks/estate/index-by.js";

/** S3's documented default page size once any pagination parameter is used, and the max-buckets ceiling. */
const S3_MAX_BUCKETS = 10_000;

export function listBuckets(req: EmuRequest, ctx: HandlerContext): EmuResponse {
  const q = req.query;
  const prefix = q.get("prefix") ?? undefined;
  const region = q.get("bucket-region") ?? undefined;
  const token = q.get("continuation-token") ?? undefined;
  const maxParam = q.get("max-buckets");
  let max = S3_MAX_BUCKETS;
  if (maxParam !== null) {
    max = Number(maxParam);
    if (!Number.isInteger(max) || max < 1 || max > S3_MAX_BUCKETS) {
      return restXmlError(
        400,
        "InvalidArgument",
        "Argument max-buckets must be an integer between 1 and 10000",
        {
          ArgumentName: "max-buckets",
          ArgumentValue: maxParam,
        },
      );
    }
  }
  // A configured page size (a fault) applies even to unpaginated calls, to force clients through pagination.
  if (ctx.pageSize !== undefined) max = Math.min(max, ctx.pageSize);

  let after = "";
  if (token !== undefined) {
    const decoded = decodeToken(token);
    if (decoded === undefined)
      return restXmlError(400, "InvalidArgument", "The continuation token provided is incorrect");
    after = decoded;
  }
  const page: Bucket[] = [];
  let more = false;
  for (const b of sortedBy(s3Estate.of(ctx.account).buckets, "Name", (b) => b.Name)) {
    if (b.Name <= after) continue;
    if (prefix !== undefined && !b.Name.startsWith(prefix)) continue;
    if (region !== undefined && b.BucketRegion !== region) continue;
    if (page.length === max) {
      more = true;
      break;
    }
    page.push(b);
  }
  const last = page[page.length - 1];
  return xmlOk(
    "ListAllMyBucketsResult",
    {
      Buckets: {
        Bucket: page.map((b) => ({
          Name: b.Name,
          CreationDate: new Date(b.CreationDate).toISOString(),
          BucketRegion: b.BucketRegion,
          BucketArn: `arn:aws:s3:::${b.Name}`,
        })),
      },
      Owner: accountOwner(ctx.account),
      ContinuationToken: more && last ? encodeToken(last.Name) : undefined,
      Prefix: prefix,
    },
    S3_NS,
  );
}

// Opaque like S3's own tokens: clients must not build them.
function encodeToken(name: string): string {
  return Buffer.from(`v1:${name}`).toString("base64url");
}

function decodeToken(token: string): string | undefined {
  const text = Buffer.from(token, "base64url").toString("utf8");
  return text.startsWith("v1:") ? text.slice(3) : undefined;
}

// --scan-artifacts: after the first pass, reads each model artifact the account's models name, with ranged
// GetObject calls through the reader (listed, bounded, failures recorded), and scans it as it streams
// (src/supply-chain/model-files). The inventory keeps the scan's verdict per file, never the bytes.
import { basename } from "node:path";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import pLimit from "p-limit";
import { scanArtifactStream, type StreamScan } from "../../../src/supply-chain/model-files/stream.js";
import { ClientCache, createAwsClient } from "../clients.js";
import type { AwsCollectContext } from "../context.js";
import {
  rangedObject,
  totalFromContentRange,
  type ByteBudget,
  type RangeReply,
  type RangedReadState,
} from "./ranged-read.js";
import { artifactTargets, objectArn, type ArtifactTarget } from "./targets.js";

export const MODEL_ARTIFACT_TYPE = "aws.s3.model-artifact";
export const S3_CLIENT = "s3";
const MIB = 1024 * 1024;
/** One ranged GetObject: large enough that a multi-GB artifact is a few hundred requests, small enough to retry. */
export const RANGE_BYTES = 8 * MIB;
export const DEFAULT_OBJECT_MIB = 2048;
export const DEFAULT_SCAN_MIB = 10240;
/** Artifacts scanned at once: each may hold one tar member's prefix (64 MiB) while it is judged. */
const ARTIFACTS_AT_ONCE = 2;

/** What the ranged reads found, as the record's GetObject reply: the scan's verdict, never the bytes. */
export interface ArtifactReadReply {
  size?: number;
  bytesFetched: number;
  ranges: number;
  /** Why the object was not read at all (not an object, the scan's cap spent). */
  skipped?: string;
  /** Why it was read only in part (a cap). */
  stopped?: string;
  scan?: Pick<StreamScan, "files" | "severity" | "unreadable" | "notes" | "bytesRead" | "complete">;
}

export async function collectModelArtifacts(ctx: AwsCollectContext): Promise<void> {
  if (!ctx.options.scanArtifacts || ctx.account === "unknown") return;
  const targets = artifactTargets(ctx.inventory, ctx.account);
  if (targets.length === 0) return;
  ctx.options.onProgress?.(`aws ${ctx.account}: scanning ${targets.length} model artifacts`);
  const total = (ctx.options.artifactScanMib ?? DEFAULT_SCAN_MIB) * MIB;
  const budget: ByteBudget = { left: total, total };
  const clients = new ClientCache((region) =>
    createAwsClient(S3Client, ctx.options, region, { forcePathStyle: Boolean(ctx.options.endpoint) }),
  );
  const limit = pLimit(ARTIFACTS_AT_ONCE);
  try {
    await Promise.all(targets.map((target) => limit(() => scanTarget(ctx, clients, target, budget))));
  } finally {
    clients.destroyAll();
  }
}

/** The bucket's region as the S3 collector recorded it, else the model's. */
function bucketRegion(ctx: AwsCollectContext, target: ArtifactTarget): string {
  const bucket = ctx.inventory.records.find(
    (r) => r.resourceType === "aws.s3.bucket" && r.account === ctx.account && r.name === target.bucket,
  );
  return bucket?.region ?? target.region;
}

async function scanTarget(
  ctx: AwsCollectContext,
  clients: ClientCache<S3Client>,
  target: ArtifactTarget,
  budget: ByteBudget,
): Promise<void> {
  const region = bucketRegion(ctx, target);
  const record = (reply: ArtifactReadReply | undefined): void => {
    ctx.inventory.records.push({
      provider: "aws",
      account: ctx.account,
      region,
      service: "model-artifacts",
      resourceType: MODEL_ARTIFACT_TYPE,
      resourceId: objectArn(ctx.partition, target.bucket, target.key),
      name: target.uri,
      replies: { LoadedBy: target.models, ...(reply ? { GetObject: reply } : {}) },
    });
  };
  if (target.key === "" || target.key.endsWith("/"))
    return record({
      skipped: "an S3 prefix of uncompressed model files (S3DataType S3Prefix) is not read yet",
      bytesFetched: 0,
      ranges: 0,
    });
  const objectCap = (ctx.options.artifactObjectMib ?? DEFAULT_OBJECT_MIB) * MIB;
  const firstBytes = Math.min(RANGE_BYTES, objectCap);
  if (budget.left < firstBytes)
    return record({
      skipped: `the scan's ${budget.total}-byte cap on artifact reads was used up before this artifact`,
      bytesFetched: 0,
      ranges: 0,
    });
  budget.left -= firstBytes;
  const client = clients.get(region);
  const readRange = async (start: number, end: number): Promise<RangeReply | string> => {
    const result = await ctx.reader.read<{
      Body?: AsyncIterable<Uint8Array>;
      ContentRange?: string;
      ContentLength?: number;
    }>(
      S3_CLIENT,
      client,
      new GetObjectCommand({ Bucket: target.bucket, Key: target.key, Range: `bytes=${start}-${end}` }),
      { region, resource: target.uri },
    );
    if (!result.ok) return `GetObject failed: ${result.code}`;
    const reply = result.value;
    if (!reply?.Body) return "GetObject replied without a body";
    const total = totalFromContentRange(reply.ContentRange);
    return { body: reply.Body, ...(total !== undefined ? { total } : {}), length: reply.ContentLength ?? 0 };
  };
  const first = await readRange(0, firstBytes - 1);
  // The failure is an error entry already; the record without a GetObject reply reads as unknown.
  if (typeof first === "string") {
    budget.left += firstBytes;
    return record(undefined);
  }
  const state: RangedReadState = { fetched: 0, reserved: firstBytes, ranges: 0 };
  const next = async (start: number, end: number) => {
    const reply = await readRange(start, end);
    if (typeof reply === "string") throw new Error(`${reply} for bytes ${start}-${end}`);
    return reply;
  };
  const scan = await scanArtifactStream(
    basename(target.key),
    rangedObject(first, next, { chunkBytes: RANGE_BYTES, objectCap, budget }, state),
  );
  // What was reserved but not fetched (a short object, a scan that stopped early) goes back to the budget.
  budget.left += Math.max(0, state.reserved - state.fetched);
  record({
    ...(state.size !== undefined ? { size: state.size } : {}),
    bytesFetched: state.fetched,
    ranges: state.ranges,
    ...(state.stopped ? { stopped: state.stopped } : {}),
    scan: {
      files: scan.files,
      ...(scan.severity ? { severity: scan.severity } : {}),
      unreadable: scan.unreadable,
      notes: scan.notes,
      bytesRead: scan.bytesRead,
      complete: scan.complete,
    },
  });
}

// A model-artifact record → model-artifact asset: the scanner's verdict per file, whether the whole object was
// judged, and which models load it. A read that failed or was skipped is unknown, with why.
import type { ArtifactFile, ModelArtifactAsset } from "../../../src/model/assets/model-artifact.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import type { ArtifactReadReply } from "./collect.js";

export function normalizeModelArtifact(record: InventoryRecord, read: ReplyReader): ModelArtifactAsset {
  const loadedBy = (record.replies["LoadedBy"] as string[] | undefined) ?? [];
  const reply = read<ArtifactReadReply>(record, "GetObject");
  return {
    id: record.resourceId,
    kind: "model-artifact",
    provider: "aws",
    account: record.account,
    region: record.region,
    type: "aws.s3.model-artifact",
    name: record.name,
    tags: unknown("object tags are not read"),
    relations: loadedBy.map((model) => ({
      type: RELATION.artifactOf,
      target: model,
      detail: "model artifacts",
    })),
    raw: record.replies,
    uri: record.name,
    loadedBy,
    scan: isUnknown(reply) ? reply : verdictOf(reply),
  };
}

function verdictOf(reply: ArtifactReadReply | null): ModelArtifactAsset["scan"] {
  if (!reply) return unknown("GetObject returned nothing");
  if (reply.skipped) return unknown(reply.skipped);
  if (!reply.scan) return unknown("the artifact was not scanned");
  const files = reply.scan.files as ArtifactFile[];
  const gaps = [
    ...(reply.stopped ? [reply.stopped] : []),
    ...files.filter((f) => f.risk === "unreadable").map((f) => `${f.path}: ${f.detail}`),
    ...reply.scan.notes,
  ];
  return {
    files,
    complete: reply.scan.complete && reply.scan.unreadable === 0 && !reply.stopped,
    gaps: [...new Set(gaps)],
    ...(reply.size !== undefined ? { size: reply.size } : {}),
    bytesFetched: reply.bytesFetched,
  };
}

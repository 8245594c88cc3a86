// The links of a retrieval (RAG) chain judged one by one: is the resource private, encrypted with a customer key
// when the data is classified, and logged. Each criterion is known-good, broken, or could not be read.
import type { Asset, EncryptionAtRest, Relation } from "../../src/model/asset.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown, type Known } from "../../src/model/known.js";

export type LinkRole = "data source" | "vector store" | "embedding model";

export interface RagLink {
  role: LinkRole;
  id: string;
  name: string;
  /** What is wrong with the link ("public: …", "no customer-managed key", "not logged"). */
  broken: string[];
  /** What could not be read. */
  unread: string[];
}

interface Judgement {
  broken: string[];
  unread: string[];
}

function criterion<T>(
  j: Judgement,
  what: string,
  value: Known<T> | undefined,
  problem: (value: T) => string | undefined,
): void {
  if (value === undefined) return;
  if (isUnknown(value)) {
    j.unread.push(`${what}: ${value.reason}`);
    return;
  }
  const found = problem(value);
  if (found) j.broken.push(found);
}

function customerKey(j: Judgement, classified: string | undefined, enc: Known<EncryptionAtRest> | undefined) {
  if (!classified) return;
  criterion(j, "encryption", enc, (e) =>
    e.keyManager === "customer"
      ? undefined
      : `holds ${classified} data without a customer-managed key (${e.keyManager}-managed)`,
  );
}

/** Judges the asset a chain relation points at, by its kind; a target outside the scan cannot be judged. */
export function judgeLink(
  role: LinkRole,
  relation: Relation,
  graph: AssetGraph,
  classified: string | undefined,
  platformLogging: (asset: { account: string; region: string }) => Known<boolean> | undefined,
  owner: Asset,
): RagLink {
  const asset = graph.get(relation.target);
  const name = asset?.name ?? lastSegment(relation.target);
  const j: Judgement = { broken: [], unread: [] };
  if (!asset) {
    // A foundation model is not a resource of the account: its calls are logged by the platform's invocation logs.
    const logged = role === "embedding model" ? platformLogging(owner) : undefined;
    if (logged === undefined) j.unread.push("not in this scan");
    else
      criterion(j, "invocation logging", logged, (on) =>
        on ? undefined : "model invocations are not logged",
      );
    return { role, id: relation.target, name, ...j };
  }
  switch (asset.kind) {
    case "storage":
      criterion(j, "public read", asset.publicRead, (v) =>
        v.public ? `anyone can read it (${v.reasons.join("; ")})` : undefined,
      );
      criterion(j, "network", asset.networkExposure, (n) =>
        n.public ? `open to every network (${n.detail})` : undefined,
      );
      customerKey(j, classified ?? asset.dataClassification, asset.encryptionAtRest);
      criterion(j, "access logging", asset.accessLogging, (l) =>
        l.enabled ? undefined : "reads are not logged",
      );
      break;
    case "search":
      criterion(j, "exposure", asset.exposure, (v) =>
        v.public ? `public (${v.reasons.join("; ")})` : undefined,
      );
      customerKey(j, classified ?? asset.dataClassification, asset.encryptionAtRest);
      criterion(j, "logging", asset.logging, (l) =>
        l.audit.enabled ? undefined : "queries are not audit-logged",
      );
      break;
    case "search-serverless":
      // Data-plane calls to a serverless collection are recorded by CloudTrail; there is no per-collection log.
      criterion(j, "exposure", asset.exposure, (v) =>
        v.public ? `public (${v.reasons.join("; ")})` : undefined,
      );
      customerKey(j, classified ?? asset.dataClassification, asset.encryptionAtRest);
      break;
    case "ai-service":
      criterion(j, "exposure", asset.exposure, (v) =>
        v.public ? `open to the internet (${v.reasons.join("; ")})` : undefined,
      );
      customerKey(j, classified ?? asset.dataClassification, asset.encryptionAtRest);
      criterion(j, "diagnostic logs", asset.diagnosticLogs, (l) =>
        l.enabled ? undefined : "calls are not logged",
      );
      break;
    default:
      j.unread.push(`a ${asset.kind} is not judged as a ${role}`);
  }
  return { role, id: asset.id, name: asset.name, ...j };
}

/** A readable name for a resource outside the scan: the last path segment, else the last ARN field. */
function lastSegment(id: string): string {
  const parts = id.includes("/") ? id.split("/") : id.split(":");
  return parts.filter(Boolean).pop() ?? id;
}

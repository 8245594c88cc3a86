// Shared by the graph checks (toxic combinations): follow relations to a bucket or store, judge it, and name
// the whole chain in the evidence so a reader sees why a bucket matters.
import type { Asset, AssetKind, ExposureVerdict, Relation, StorageAsset } from "../../src/model/asset.js";
import { fail, pass, unknown, type CheckOutcome } from "../../src/model/check.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown, type Known } from "../../src/model/known.js";

/** One hop of a chain: the asset (or the resource outside the scan) and why it is part of the chain. */
export interface ChainLink {
  id: string;
  kind: AssetKind | "outside-scan";
  name: string;
  why: string;
}

/** The verdict on one chain (one path from the checked asset to a store). */
export interface ChainVerdict {
  status: "fail" | "unknown" | "pass";
  /** Human-readable sentence naming every hop, e.g. "endpoint X serves model Y whose artifacts are in …". */
  sentence: string;
  chain: ChainLink[];
  /** What this chain is about, when a check follows more than one kind of chain ("vector store", …). */
  about?: string;
}

export function link(asset: Asset, why: string): ChainLink {
  return { id: asset.id, kind: asset.kind, name: asset.name, why };
}

/** A relation whose target is not in this scan: named by its id, with the last ARN segment as its name. */
export function outsideLink(relation: Relation, why: string): ChainLink {
  const name = relation.target.split(/[:/]/).filter(Boolean).pop() ?? relation.target;
  return { id: relation.target, kind: "outside-scan", name, why };
}

/** Whether a relation target is an S3 bucket ARN (as opposed to a log group, a VPC, …). */
export function isBucketArn(id: string): boolean {
  return /^arn:[^:]+:s3:::[^/]+$/.test(id);
}

/** Bucket name of an S3 bucket ARN, for messages about buckets outside the scan. */
export function bucketName(arn: string): string {
  return arn.replace(/^arn:[^:]+:s3:::/, "");
}

/**
 * Judges the bucket at the end of a chain with one of its exposure verdicts. A bucket outside the inventory, or a
 * verdict that could not be read, cannot be judged: unknown, never a pass.
 */
export function judgeBucket(
  graph: AssetGraph,
  relation: Relation,
  prefix: ChainLink[],
  lead: string,
  verdictOf: (bucket: StorageAsset) => Known<ExposureVerdict>,
  anyoneCan: string,
  about?: string,
): ChainVerdict {
  const bucket = graph.getOfKind(relation.target, "storage");
  const why = relation.detail ?? relation.type;
  if (!bucket) {
    const chain = [...prefix, outsideLink(relation, why)];
    return {
      status: "unknown",
      sentence: `${lead} bucket ${bucketName(relation.target)}: bucket not in this scan`,
      chain,
      ...(about ? { about } : {}),
    };
  }
  const verdict = verdictOf(bucket);
  if (isUnknown(verdict)) {
    return {
      status: "unknown",
      sentence: `${lead} bucket ${bucket.name}, whose access could not be read: ${verdict.reason}`,
      chain: [...prefix, link(bucket, why)],
      ...(about ? { about } : {}),
    };
  }
  const chain = [
    ...prefix,
    link(bucket, verdict.public ? `${why}; ${anyoneCan}: ${verdict.reasons.join("; ")}` : why),
  ];
  return verdict.public
    ? {
        status: "fail",
        sentence: `${lead} bucket ${bucket.name}, which ${anyoneCan} (${verdict.reasons.join("; ")})`,
        chain,
        ...(about ? { about } : {}),
      }
    : {
        status: "pass",
        sentence: `${lead} bucket ${bucket.name}, which is not public`,
        chain,
        ...(about ? { about } : {}),
      };
}

/** Messages of the chain outcomes: spread into the `messages` of every check that calls `combine`. */
export const CHAIN_MESSAGES = {
  chainPublic: "{{summary}}",
  chainUnknown: "Could not determine whether the chain reaches a public store: {{reason}}",
  chainNotPublic: "{{summary}}",
} as const;

/**
 * Folds the verdicts on every chain of one asset: any failing chain fails (its chain is the evidence); otherwise any
 * chain that could not be judged makes the outcome unknown; otherwise it passes. `none`: the outcome with no chain.
 */
export function combine<Id extends string>(
  verdicts: ChainVerdict[],
  none: CheckOutcome<Id>,
): CheckOutcome<Id | keyof typeof CHAIN_MESSAGES> {
  if (verdicts.length === 0) return none;
  const failing = verdicts.filter((v) => v.status === "fail");
  const unknowns = verdicts.filter((v) => v.status === "unknown");
  const evidenceOf = (vs: ChainVerdict[]) =>
    vs.map((v) => (v.about ? { about: v.about, chain: v.chain } : { chain: v.chain }));
  if (failing.length > 0) {
    return fail("chainPublic", {
      summary: sentence(failing),
      chain: failing[0]?.chain,
      chains: evidenceOf(failing),
    });
  }
  if (unknowns.length > 0) {
    return unknown("chainUnknown", {
      reason: sentence(unknowns),
      chain: unknowns[0]?.chain,
      chains: evidenceOf(unknowns),
    });
  }
  return pass("chainNotPublic", { summary: sentence(verdicts), chains: evidenceOf(verdicts) });
}

function sentence(verdicts: ChainVerdict[]): string {
  return [...new Set(verdicts.map((v) => v.sentence))].join("; ");
}

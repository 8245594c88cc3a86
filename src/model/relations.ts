// Relation types of the AI asset graph. Targets are ARNs / ARM ids; an S3 location's target is its bucket ARN
// (use bucketArnFromS3Uri) so graph checks can find the bucket asset.
import type { AssetBase, Relation } from "./asset-base.js";
import { unknown, type Known } from "./known.js";

export const RELATION = {
  /** model-endpoint → model it serves (via its endpoint configuration). */
  servesModel: "serves-model",
  /** model → bucket holding its artifacts (ModelDataUrl). */
  loadsArtifactsFrom: "loads-artifacts-from",
  /** model-artifact → model that loads it. */
  artifactOf: "artifact-of",
  /** training-job → bucket of its input channels. */
  readsTrainingDataFrom: "reads-training-data-from",
  /** training-job → bucket it writes model output to. */
  writesOutputTo: "writes-output-to",
  /** ai-platform (Bedrock invocation logging) → bucket or log group receiving prompts and responses. */
  logsTo: "logs-to",
  /** knowledge base → bucket of a data source. */
  readsDataFrom: "reads-data-from",
  /** knowledge base → vector store (OpenSearch Serverless collection, domain, Azure AI Search). */
  usesVectorStore: "uses-vector-store",
  /** notebook / endpoint / workspace → its VPC or virtual network. */
  placedIn: "placed-in",
  /** ml-workspace → storage account, key vault, container registry it depends on. */
  usesStorage: "uses-storage",
  usesKeyVault: "uses-key-vault",
  usesRegistry: "uses-registry",
  /** agent → guardrail applied to its model calls. */
  usesGuardrail: "uses-guardrail",
  /** agent → foundation model / inference profile it orchestrates; knowledge base → its embedding model. */
  usesModel: "uses-model",
  /** custom model → the base model it was fine-tuned from. */
  fineTunedFrom: "fine-tuned-from",
  /** agent → knowledge base it retrieves from. */
  usesKnowledgeBase: "uses-knowledge-base",
} as const;

export type RelationType = (typeof RELATION)[keyof typeof RELATION];

/** An asset's relations of one type; unknown when the read they come from failed (never "none"). */
export function relationsOf(
  asset: Pick<AssetBase, "relations" | "unreadRelations">,
  type: RelationType,
): Known<Relation[]> {
  const reason = asset.unreadRelations?.[type];
  if (reason !== undefined) return unknown(reason);
  return asset.relations.filter((r) => r.type === type);
}

/** s3://bucket/key → arn:aws:s3:::bucket (undefined for anything else). */
export function bucketArnFromS3Uri(uri: string | undefined, partition = "aws"): string | undefined {
  const match = uri?.match(/^s3:\/\/([^/]+)/i);
  return match ? `arn:${partition}:s3:::${match[1]}` : undefined;
}

// Which artifacts to read: the S3 locations the first pass recorded for models (SageMaker DescribeModel
// containers' ModelDataUrl / ModelDataSource; Bedrock GetImportedModel's modelDataSource when collected), one
// target per location with every model that loads it.
import type { Inventory, InventoryRecord } from "../../../src/model/inventory.js";

export interface ArtifactTarget {
  uri: string;
  bucket: string;
  key: string;
  /** Region of the first model that names it (the bucket's own region is looked up separately). */
  region: string;
  models: string[];
}

interface ContainerReply {
  ModelDataUrl?: string;
  ModelDataSource?: { S3DataSource?: { S3Uri?: string; S3DataType?: string } };
}

interface DescribeModelReply {
  PrimaryContainer?: ContainerReply;
  Containers?: ContainerReply[];
}

interface ImportedModelReply {
  modelDataSource?: { s3DataSource?: { s3Uri?: string } };
}

export const SAGEMAKER_MODEL_TYPE = "aws.sagemaker.model";
export const BEDROCK_IMPORTED_MODEL_TYPE = "aws.bedrock.imported-model";

function locationsOf(record: InventoryRecord): string[] {
  if (record.resourceType === SAGEMAKER_MODEL_TYPE) {
    const reply = record.replies["DescribeModel"] as DescribeModelReply | null | undefined;
    const containers = [
      ...(reply?.PrimaryContainer ? [reply.PrimaryContainer] : []),
      ...(reply?.Containers ?? []),
    ];
    return containers.flatMap((c) => {
      const uri = c.ModelDataUrl ?? c.ModelDataSource?.S3DataSource?.S3Uri;
      return uri ? [uri] : [];
    });
  }
  if (record.resourceType === BEDROCK_IMPORTED_MODEL_TYPE) {
    const reply = record.replies["GetImportedModel"] as ImportedModelReply | null | undefined;
    const uri = reply?.modelDataSource?.s3DataSource?.s3Uri;
    return uri ? [uri] : [];
  }
  return [];
}

export function parseS3Uri(uri: string): { bucket: string; key: string } | undefined {
  const match = /^s3:\/\/([^/]+)\/?(.*)$/i.exec(uri.trim());
  return match ? { bucket: match[1]!, key: match[2]! } : undefined;
}

export function artifactTargets(inventory: Inventory, account: string): ArtifactTarget[] {
  const byUri = new Map<string, ArtifactTarget>();
  for (const record of inventory.records) {
    if (record.provider !== "aws" || record.account !== account) continue;
    for (const uri of locationsOf(record)) {
      const parsed = parseS3Uri(uri);
      if (!parsed) continue;
      const found = byUri.get(uri);
      if (found) found.models.push(record.resourceId);
      else byUri.set(uri, { uri, ...parsed, region: record.region, models: [record.resourceId] });
    }
  }
  return [...byUri.values()].sort((a, b) => a.uri.localeCompare(b.uri));
}

/** The S3 object ARN of an artifact: its asset id, and the IAM resource of its GetObject. */
export function objectArn(partition: string, bucket: string, key: string): string {
  return `arn:${partition}:s3:::${bucket}/${key}`;
}

// A DescribeTrainingJob reply → training-job asset, with relations to the buckets it reads and writes.
import type { TrainingCompute, TrainingJobAsset } from "../../../src/model/assets/training-job.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import {
  baseOf,
  fromReply,
  bucketRelation,
  isoTime,
  keyOwnerOf,
  s3OutputEncryption,
  subnetRelations,
  uniqueRelations,
  volumeEncryption,
  vpcPlacement,
  type VpcConfig,
} from "./normalize-common.js";

interface TrainingJobReply {
  TrainingJobStatus?: string;
  CreationTime?: unknown;
  AlgorithmSpecification?: { TrainingImage?: string; AlgorithmName?: string };
  InputDataConfig?: Array<{ ChannelName?: string; DataSource?: { S3DataSource?: { S3Uri?: string } } }>;
  OutputDataConfig?: { KmsKeyId?: string; S3OutputPath?: string };
  ResourceConfig?: {
    InstanceType?: string;
    InstanceCount?: number;
    VolumeKmsKeyId?: string;
    InstanceGroups?: Array<{ InstanceType?: string; InstanceCount?: number }>;
  };
  VpcConfig?: VpcConfig;
  EnableNetworkIsolation?: boolean;
  EnableInterContainerTrafficEncryption?: boolean;
  CheckpointConfig?: { S3Uri?: string };
  ModelArtifacts?: { S3ModelArtifacts?: string };
  RoleArn?: string;
}

export function normalizeTrainingJob(record: InventoryRecord, read: ReplyReader): TrainingJobAsset {
  const reply = read<TrainingJobReply>(record, "DescribeTrainingJob");
  const known = fromReply(reply);
  const job = isUnknown(reply) ? undefined : (reply ?? {});
  const compute = isUnknown(reply) ? reply : computeOf(reply ?? {});
  const output = job?.OutputDataConfig;
  const summary = record.replies.ListTrainingJobs as
    { TrainingJobStatus?: string; CreationTime?: unknown } | undefined;
  const status = job?.TrainingJobStatus ?? summary?.TrainingJobStatus;
  const createdAt = isoTime(job?.CreationTime ?? summary?.CreationTime);
  const image = job?.AlgorithmSpecification?.TrainingImage;
  const asset: TrainingJobAsset = {
    ...baseOf(record, "aws.sagemaker.training-job"),
    kind: "training-job",
    ...(status ? { status } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(image ? { trainingImage: image } : {}),
    compute,
    interContainerEncryption: known((j) =>
      j.EnableInterContainerTrafficEncryption === true
        ? { enabled: true, detail: "EnableInterContainerTrafficEncryption is on" }
        : { enabled: false, detail: "EnableInterContainerTrafficEncryption is off" },
    ),
    volumeEncryption: known((j) =>
      volumeEncryption(
        j.ResourceConfig?.VolumeKmsKeyId,
        isUnknown(compute) ? [] : compute.instanceTypes,
        "the training instances' ML storage volumes",
        keyOwnerOf(record),
      ),
    ),
    outputEncryption: known((j) =>
      s3OutputEncryption(
        j.OutputDataConfig?.S3OutputPath,
        j.OutputDataConfig?.KmsKeyId,
        "model artifacts",
        keyOwnerOf(record),
        "names no KMS key (OutputDataConfig), so SageMaker encrypts them with the account's AWS managed S3 key",
      ),
    ),
    networkIsolation: known((j) =>
      j.EnableNetworkIsolation === true
        ? { enabled: true, detail: "EnableNetworkIsolation: the training containers have no network access" }
        : { enabled: false, detail: "EnableNetworkIsolation is off" },
    ),
    network: known((j) =>
      vpcPlacement(
        j.VpcConfig,
        "the training containers use SageMaker's network, outside your VPC's controls",
      ),
    ),
    ...(job?.RoleArn ? { executionRole: job.RoleArn } : {}),
  };
  asset.relations = uniqueRelations([
    ...(job?.InputDataConfig ?? []).flatMap((channel) =>
      bucketRelation(
        RELATION.readsTrainingDataFrom,
        channel.DataSource?.S3DataSource?.S3Uri,
        `channel ${channel.ChannelName ?? "?"}`,
        record,
      ),
    ),
    ...bucketRelation(RELATION.writesOutputTo, output?.S3OutputPath, "model artifacts", record),
    ...bucketRelation(
      RELATION.writesOutputTo,
      job?.ModelArtifacts?.S3ModelArtifacts,
      "model artifacts",
      record,
    ),
    ...bucketRelation(RELATION.writesOutputTo, job?.CheckpointConfig?.S3Uri, "checkpoints", record),
    ...subnetRelations(record, job?.VpcConfig?.Subnets ?? []),
  ]);
  return asset;
}

/** Instances across the job's instance groups (heterogeneous clusters) or its single group. */
function computeOf(job: TrainingJobReply): Known<TrainingCompute> {
  const resources = job.ResourceConfig;
  if (!resources) return unknown("DescribeTrainingJob reported no ResourceConfig");
  const groups = resources.InstanceGroups ?? [];
  if (groups.length > 0) {
    return {
      instanceCount: groups.reduce((sum, g) => sum + (g.InstanceCount ?? 0), 0),
      instanceTypes: [...new Set(groups.flatMap((g) => (g.InstanceType ? [g.InstanceType] : [])))],
    };
  }
  if (resources.InstanceCount === undefined) return unknown("DescribeTrainingJob reported no InstanceCount");
  return {
    instanceCount: resources.InstanceCount,
    instanceTypes: resources.InstanceType ? [resources.InstanceType] : [],
  };
}

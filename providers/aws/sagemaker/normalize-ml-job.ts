// Processing, hyperparameter tuning and AutoML jobs, Model Monitor schedules and job definitions → ml-job assets.
// Each reply is first reduced to the settings every job type shares (network config, cluster, output, role); a
// setting the reply omits takes SageMaker's default (NetworkConfig off, no VPC, AWS managed keys).
import type { MlJobAsset, MlJobType } from "../../../src/model/assets/ml-job.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import {
  baseOf,
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
import { SAGEMAKER_TYPES } from "./records.js";

interface NetworkConfig {
  EnableInterContainerTrafficEncryption?: boolean;
  EnableNetworkIsolation?: boolean;
  VpcConfig?: VpcConfig;
}

interface Cluster {
  InstanceCount?: number;
  InstanceType?: string;
  VolumeKmsKeyId?: string;
}

interface MonitoringOutput {
  KmsKeyId?: string;
  MonitoringOutputs?: Array<{ S3Output?: { S3Uri?: string } }>;
}

/** What every job type says about the settings the checks judge. */
interface JobShape {
  network: NetworkConfig;
  /** False when the type has no network isolation setting. */
  isolationOffered: boolean;
  cluster: Cluster;
  instanceCount: Known<number | "chosen-by-service">;
  /** Undefined: the job writes nothing to S3. */
  output?: { keyId?: string; destinations: string[] };
  role?: string;
  status?: string;
}

const DEFINITION_PREFIX: Partial<Record<string, string>> = {
  [SAGEMAKER_TYPES.dataQualityJobDefinition]: "DataQuality",
  [SAGEMAKER_TYPES.modelQualityJobDefinition]: "ModelQuality",
  [SAGEMAKER_TYPES.modelBiasJobDefinition]: "ModelBias",
  [SAGEMAKER_TYPES.modelExplainabilityJobDefinition]: "ModelExplainability",
};

const JOB_TYPES: Record<string, { type: MlJobType; describe: string }> = {
  [SAGEMAKER_TYPES.processingJob]: { type: "processing-job", describe: "DescribeProcessingJob" },
  [SAGEMAKER_TYPES.tuningJob]: {
    type: "hyper-parameter-tuning-job",
    describe: "DescribeHyperParameterTuningJob",
  },
  [SAGEMAKER_TYPES.autoMlJob]: { type: "automl-job", describe: "DescribeAutoMLJobV2" },
  [SAGEMAKER_TYPES.monitoringSchedule]: {
    type: "monitoring-schedule",
    describe: "DescribeMonitoringSchedule",
  },
  [SAGEMAKER_TYPES.dataQualityJobDefinition]: {
    type: "data-quality-job-definition",
    describe: "DescribeDataQualityJobDefinition",
  },
  [SAGEMAKER_TYPES.modelQualityJobDefinition]: {
    type: "model-quality-job-definition",
    describe: "DescribeModelQualityJobDefinition",
  },
  [SAGEMAKER_TYPES.modelBiasJobDefinition]: {
    type: "model-bias-job-definition",
    describe: "DescribeModelBiasJobDefinition",
  },
  [SAGEMAKER_TYPES.modelExplainabilityJobDefinition]: {
    type: "model-explainability-job-definition",
    describe: "DescribeModelExplainabilityJobDefinition",
  },
};

export const ML_JOB_RESOURCE_TYPES = Object.keys(JOB_TYPES);

const countOf = (cluster: Cluster | undefined, what: string): Known<number> =>
  cluster?.InstanceCount !== undefined ? cluster.InstanceCount : unknown(`${what} reported no InstanceCount`);

function monitoringOutput(output: MonitoringOutput | undefined): JobShape["output"] {
  const destinations = (output?.MonitoringOutputs ?? []).flatMap((o) =>
    o.S3Output?.S3Uri ? [o.S3Output.S3Uri] : [],
  );
  return { ...(output?.KmsKeyId ? { keyId: output.KmsKeyId } : {}), destinations };
}

/** The reply of `record`'s Describe* → its JobShape, or why it cannot be known. */
function shapeOf(record: InventoryRecord, read: ReplyReader, describeOp: string): Known<JobShape> {
  const reply = read<Record<string, unknown>>(record, describeOp);
  if (isUnknown(reply)) return reply;
  if (!reply) return unknown(`${describeOp} returned nothing`);
  const type = record.resourceType;
  const prefix = DEFINITION_PREFIX[type];
  if (prefix) {
    const cluster = (reply.JobResources as { ClusterConfig?: Cluster } | undefined)?.ClusterConfig ?? {};
    return {
      network: (reply.NetworkConfig as NetworkConfig | undefined) ?? {},
      isolationOffered: true,
      cluster,
      instanceCount: countOf(cluster, describeOp),
      output: monitoringOutput(reply[`${prefix}JobOutputConfig`] as MonitoringOutput | undefined),
      ...(typeof reply.RoleArn === "string" ? { role: reply.RoleArn } : {}),
    };
  }
  switch (type) {
    case SAGEMAKER_TYPES.processingJob: {
      const cluster =
        (reply.ProcessingResources as { ClusterConfig?: Cluster } | undefined)?.ClusterConfig ?? {};
      const output = reply.ProcessingOutputConfig as
        { KmsKeyId?: string; Outputs?: Array<{ S3Output?: { S3Uri?: string } }> } | undefined;
      return {
        network: (reply.NetworkConfig as NetworkConfig | undefined) ?? {},
        isolationOffered: true,
        cluster,
        instanceCount: countOf(cluster, describeOp),
        ...(output
          ? {
              output: {
                ...(output.KmsKeyId ? { keyId: output.KmsKeyId } : {}),
                destinations: (output.Outputs ?? []).flatMap((o) =>
                  o.S3Output?.S3Uri ? [o.S3Output.S3Uri] : [],
                ),
              },
            }
          : {}),
        ...(typeof reply.RoleArn === "string" ? { role: reply.RoleArn } : {}),
        ...(typeof reply.ProcessingJobStatus === "string" ? { status: reply.ProcessingJobStatus } : {}),
      };
    }
    case SAGEMAKER_TYPES.tuningJob:
      return tuningShape(reply);
    case SAGEMAKER_TYPES.autoMlJob: {
      const security =
        (reply.SecurityConfig as
          | {
              VolumeKmsKeyId?: string;
              EnableInterContainerTrafficEncryption?: boolean;
              VpcConfig?: VpcConfig;
            }
          | undefined) ?? {};
      const output = reply.OutputDataConfig as { KmsKeyId?: string; S3OutputPath?: string } | undefined;
      return {
        network: {
          ...(security.EnableInterContainerTrafficEncryption !== undefined
            ? { EnableInterContainerTrafficEncryption: security.EnableInterContainerTrafficEncryption }
            : {}),
          ...(security.VpcConfig ? { VpcConfig: security.VpcConfig } : {}),
        },
        isolationOffered: false,
        cluster: security.VolumeKmsKeyId ? { VolumeKmsKeyId: security.VolumeKmsKeyId } : {},
        // AutoML chooses the instances of each candidate's training and processing jobs.
        instanceCount: "chosen-by-service",
        output: {
          ...(output?.KmsKeyId ? { keyId: output.KmsKeyId } : {}),
          destinations: output?.S3OutputPath ? [output.S3OutputPath] : [],
        },
        ...(typeof reply.RoleArn === "string" ? { role: reply.RoleArn } : {}),
        ...(typeof reply.AutoMLJobStatus === "string" ? { status: reply.AutoMLJobStatus } : {}),
      };
    }
    case SAGEMAKER_TYPES.monitoringSchedule:
      return scheduleShape(record, read, reply);
    default:
      return unknown(`no ml-job reading for ${type}`);
  }
}

interface TuningDefinition {
  RoleArn?: string;
  VpcConfig?: VpcConfig;
  OutputDataConfig?: { KmsKeyId?: string; S3OutputPath?: string };
  ResourceConfig?: Cluster;
  EnableNetworkIsolation?: boolean;
  EnableInterContainerTrafficEncryption?: boolean;
}

/** A tuning job is as weak as its weakest training job definition. */
function tuningShape(reply: Record<string, unknown>): Known<JobShape> {
  const definitions = [
    ...(reply.TrainingJobDefinition ? [reply.TrainingJobDefinition as TuningDefinition] : []),
    ...((reply.TrainingJobDefinitions as TuningDefinition[] | undefined) ?? []),
  ];
  if (definitions.length === 0)
    return unknown("DescribeHyperParameterTuningJob reported no training job definition");
  const weakest = <T>(pick: (d: TuningDefinition) => T | undefined) =>
    pick(definitions.find((d) => !pick(d)) ?? definitions[0]!);
  const counts = definitions.map((d) => d.ResourceConfig?.InstanceCount);
  const keyId = weakest((d) => d.OutputDataConfig?.KmsKeyId);
  const volumeKey = weakest((d) => d.ResourceConfig?.VolumeKmsKeyId);
  const vpc = weakest((d) => d.VpcConfig);
  const types = definitions.flatMap((d) =>
    d.ResourceConfig?.InstanceType ? [d.ResourceConfig.InstanceType] : [],
  );
  return {
    network: {
      EnableNetworkIsolation: definitions.every((d) => d.EnableNetworkIsolation === true),
      EnableInterContainerTrafficEncryption: definitions.every(
        (d) => d.EnableInterContainerTrafficEncryption === true,
      ),
      ...(vpc ? { VpcConfig: vpc } : {}),
    },
    isolationOffered: true,
    cluster: {
      ...(volumeKey ? { VolumeKmsKeyId: volumeKey } : {}),
      ...(types[0] ? { InstanceType: types[0] } : {}),
    },
    instanceCount: counts.every((c) => c !== undefined)
      ? Math.max(...(counts as number[]))
      : unknown(
          "a training job definition reports no InstanceCount (instance groups or a tuning resource config)",
        ),
    output: {
      ...(keyId ? { keyId } : {}),
      destinations: definitions.flatMap((d) =>
        d.OutputDataConfig?.S3OutputPath ? [d.OutputDataConfig.S3OutputPath] : [],
      ),
    },
    ...(definitions[0]?.RoleArn ? { role: definitions[0].RoleArn } : {}),
    ...(typeof reply.HyperParameterTuningJobStatus === "string"
      ? { status: reply.HyperParameterTuningJobStatus }
      : {}),
  };
}

/** A schedule runs either its own inline job definition or a named one (read into its record by the collector). */
function scheduleShape(
  record: InventoryRecord,
  read: ReplyReader,
  reply: Record<string, unknown>,
): Known<JobShape> {
  const config = (reply.MonitoringScheduleConfig ?? {}) as {
    MonitoringJobDefinition?: {
      MonitoringOutputConfig?: MonitoringOutput;
      MonitoringResources?: { ClusterConfig?: Cluster };
      NetworkConfig?: NetworkConfig;
      RoleArn?: string;
    };
    MonitoringJobDefinitionName?: string;
    MonitoringType?: string;
  };
  const status =
    typeof reply.MonitoringScheduleStatus === "string" ? { status: reply.MonitoringScheduleStatus } : {};
  const inline = config.MonitoringJobDefinition;
  if (inline) {
    const cluster = inline.MonitoringResources?.ClusterConfig ?? {};
    return {
      network: inline.NetworkConfig ?? {},
      isolationOffered: true,
      cluster,
      instanceCount: countOf(cluster, "the schedule's MonitoringJobDefinition"),
      output: monitoringOutput(inline.MonitoringOutputConfig),
      ...(inline.RoleArn ? { role: inline.RoleArn } : {}),
      ...status,
    };
  }
  const type = config.MonitoringType ?? (reply.MonitoringType as string | undefined);
  const name = config.MonitoringJobDefinitionName;
  if (!type || !name)
    return unknown("the schedule names neither an inline nor a named monitoring job definition");
  const definitionType = Object.entries(DEFINITION_PREFIX).find(([, p]) => p === type)?.[0];
  if (!definitionType) return unknown(`unrecognized MonitoringType ${type}`);
  const describeOp = `Describe${type}JobDefinition`;
  const definition = read<Record<string, unknown>>(record, describeOp);
  if (isUnknown(definition) || !definition)
    return unknown(
      `its ${type} job definition ${name} was not read (${describeOp}; see the scan's coverage gaps)`,
    );
  const shape = shapeOf({ ...record, resourceType: definitionType }, read, describeOp);
  return isUnknown(shape) ? shape : { ...shape, ...status };
}

export function normalizeMlJob(record: InventoryRecord, read: ReplyReader): MlJobAsset {
  const { type, describe } = JOB_TYPES[record.resourceType]!;
  const shape = shapeOf(record, read, describe);
  const job = isUnknown(shape) ? undefined : shape;
  const from = <T>(derive: (s: JobShape) => Known<T>): Known<T> => (isUnknown(shape) ? shape : derive(shape));
  const owner = keyOwnerOf(record);
  const listed = Object.values(record.replies).find(
    (r) => r && typeof r === "object" && "CreationTime" in r,
  ) as { CreationTime?: unknown } | undefined;
  const createdAt = isoTime(listed?.CreationTime);
  const instanceTypes = job?.cluster.InstanceType ? [job.cluster.InstanceType] : [];
  const asset: MlJobAsset = {
    ...baseOf(record, record.resourceType),
    kind: "ml-job",
    jobType: type,
    ...(job?.status ? { status: job.status } : {}),
    ...(createdAt ? { createdAt } : {}),
    instanceCount: from((s) => s.instanceCount),
    interContainerEncryption: from((s) =>
      s.network.EnableInterContainerTrafficEncryption === true
        ? { enabled: true, detail: "EnableInterContainerTrafficEncryption is on" }
        : { enabled: false, detail: "EnableInterContainerTrafficEncryption is off" },
    ),
    networkIsolation: from((s) =>
      !s.isolationOffered
        ? {
            enabled: false,
            offered: false,
            detail:
              "this job type has no network isolation setting: its containers reach the network its VpcConfig gives them",
          }
        : s.network.EnableNetworkIsolation === true
          ? { enabled: true, detail: "EnableNetworkIsolation: the containers have no network access" }
          : { enabled: false, detail: "EnableNetworkIsolation is off" },
    ),
    volumeEncryption: from((s) =>
      volumeEncryption(
        s.cluster.VolumeKmsKeyId,
        instanceTypes,
        "the job instances' ML storage volumes",
        owner,
      ),
    ),
    outputEncryption: from((s) =>
      s.output
        ? s3OutputEncryption(
            s.output.destinations.join(", ") || undefined,
            s.output.keyId,
            "results",
            owner,
            "name no KMS key, so SageMaker encrypts them with the account's AWS managed S3 key",
          )
        : { keyManager: "none", detail: "the job writes no output to S3" },
    ),
    network: from((s) =>
      vpcPlacement(
        s.network.VpcConfig,
        "the containers use SageMaker's network, outside your VPC's controls",
      ),
    ),
    ...(job?.role ? { executionRole: job.role } : {}),
  };
  asset.relations = uniqueRelations([
    ...(job?.output?.destinations ?? []).flatMap((uri) =>
      bucketRelation(RELATION.writesOutputTo, uri, "results", record),
    ),
    ...subnetRelations(record, job?.network.VpcConfig?.Subnets ?? []),
  ]);
  return asset;
}

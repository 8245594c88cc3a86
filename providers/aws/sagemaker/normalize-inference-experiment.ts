// A DescribeInferenceExperiment reply → inference-experiment asset. KmsKey encrypts the storage volumes of the
// instances the experiment's variants run on; DataStorageConfig (optional) is where the experiment stores the
// requests and responses it sees, under DataStorageConfig.KmsKey (SageMaker API Reference,
// CreateInferenceExperiment and InferenceExperimentDataStorageConfig). A named key is customer managed only when
// KMS DescribeKey says so; unknown when that key could not be described.
import type {
  ExperimentVariant,
  InferenceExperimentAsset,
} from "../../../src/model/assets/inference-experiment.js";
import type { InferenceCapture } from "../../../src/model/assets/model-endpoint.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import {
  baseOf,
  bucketRelation,
  fromReply,
  keyOwnerOf,
  s3OutputEncryption,
  uniqueRelations,
  volumeEncryption,
  type KeyOwner,
} from "./normalize-common.js";
import { SAGEMAKER_TYPES, sageMakerArn } from "./records.js";

interface VariantReply {
  ModelName?: string;
  VariantName?: string;
  InfrastructureConfig?: { RealTimeInferenceConfig?: { InstanceType?: string; InstanceCount?: number } };
}

interface ExperimentReply {
  Type?: string;
  Status?: string;
  RoleArn?: string;
  EndpointMetadata?: { EndpointName?: string };
  ModelVariants?: VariantReply[];
  DataStorageConfig?: { Destination?: string; KmsKey?: string };
  KmsKey?: string;
}

export function normalizeInferenceExperiment(
  record: InventoryRecord,
  read: ReplyReader,
): InferenceExperimentAsset {
  const reply = read<ExperimentReply>(record, "DescribeInferenceExperiment");
  const known = fromReply(reply);
  const experiment = isUnknown(reply) ? undefined : (reply ?? {});
  const summary = read<{ Type?: string; Status?: string; RoleArn?: string }>(
    record,
    "ListInferenceExperiments",
  );
  const listed = isUnknown(summary) ? undefined : summary;
  const owner = keyOwnerOf(record);
  const type = experiment?.Type ?? listed?.Type;
  const status = experiment?.Status ?? listed?.Status;
  const role = experiment?.RoleArn ?? listed?.RoleArn;
  const endpointName = experiment?.EndpointMetadata?.EndpointName;
  const asset: InferenceExperimentAsset = {
    ...baseOf(record, SAGEMAKER_TYPES.inferenceExperiment),
    kind: "inference-experiment",
    ...(type ? { experimentType: type } : {}),
    ...(status ? { status } : {}),
    ...(endpointName ? { endpointName } : {}),
    volumeEncryption: known((e) =>
      volumeEncryption(
        e.KmsKey || undefined,
        variantsOf(e).flatMap((v) => (v.instanceType ? [v.instanceType] : [])),
        "the ML storage volumes of the experiment's instances",
        owner,
      ),
    ),
    dataStorage: known((e) => dataStorage(e.DataStorageConfig, owner)),
    variants: known(variantsOf),
    ...(role ? { executionRole: role } : {}),
  };
  const partition = record.resourceId.split(":")[1] ?? "aws";
  asset.relations = uniqueRelations([
    ...(experiment?.ModelVariants ?? []).flatMap((v) =>
      v.ModelName
        ? [
            {
              type: RELATION.servesModel,
              target: sageMakerArn(
                { partition, account: record.account },
                record.region,
                "model",
                v.ModelName,
              ),
              detail: `experiment variant ${v.VariantName ?? "?"}`,
            },
          ]
        : [],
    ),
    ...bucketRelation(
      RELATION.logsTo,
      experiment?.DataStorageConfig?.Destination,
      "shadow test data storage",
      record,
    ),
  ]);
  return asset;
}

function dataStorage(config: ExperimentReply["DataStorageConfig"], owner: KeyOwner): Known<InferenceCapture> {
  if (!config?.Destination)
    return {
      enabled: false,
      keyManager: "none",
      detail: "the experiment stores no requests or responses (no DataStorageConfig)",
    };
  const encryption = s3OutputEncryption(
    config.Destination,
    config.KmsKey || undefined,
    "shadow test data storage",
    owner,
  );
  return isUnknown(encryption) ? encryption : { ...encryption, enabled: true };
}

function variantsOf(e: ExperimentReply): ExperimentVariant[] {
  return (e.ModelVariants ?? []).map((v) => {
    const infra = v.InfrastructureConfig?.RealTimeInferenceConfig;
    return {
      name: v.VariantName ?? "?",
      ...(v.ModelName ? { model: v.ModelName } : {}),
      ...(infra?.InstanceType ? { instanceType: infra.InstanceType } : {}),
      ...(infra?.InstanceCount !== undefined ? { instanceCount: infra.InstanceCount } : {}),
    };
  });
}

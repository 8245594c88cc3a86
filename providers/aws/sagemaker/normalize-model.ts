// A DescribeModel reply → model asset: containers, artifacts, network isolation, VPC.
import type { ModelAsset, ModelContainer } from "../../../src/model/assets/model.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import {
  baseOf,
  bucketRelation,
  subnetRelations,
  uniqueRelations,
  vpcPlacement,
  type VpcConfig,
} from "./normalize-common.js";

interface ContainerReply {
  ContainerHostname?: string;
  Image?: string;
  ModelDataUrl?: string;
  ModelDataSource?: { S3DataSource?: { S3Uri?: string } };
  AdditionalModelDataSources?: Array<{ ChannelName?: string; S3DataSource?: { S3Uri?: string } }>;
  ModelPackageName?: string;
  ImageConfig?: { RepositoryAccessMode?: string };
}

interface ModelReply {
  PrimaryContainer?: ContainerReply;
  Containers?: ContainerReply[];
  ExecutionRoleArn?: string;
  VpcConfig?: VpcConfig;
  EnableNetworkIsolation?: boolean;
}

export function normalizeModel(record: InventoryRecord, read: ReplyReader): ModelAsset {
  const model = read<ModelReply>(record, "DescribeModel");
  const reply = isUnknown(model) ? undefined : model;
  const containers = reply
    ? [...(reply.PrimaryContainer ? [reply.PrimaryContainer] : []), ...(reply.Containers ?? [])]
    : [];
  const asset: ModelAsset = {
    ...baseOf(record, "aws.sagemaker.model"),
    kind: "model",
    containers: isUnknown(model) ? model : containers.map(containerOf),
    networkIsolation: isUnknown(model)
      ? model
      : reply?.EnableNetworkIsolation === true
        ? { enabled: true, detail: "EnableNetworkIsolation: the containers have no network access" }
        : { enabled: false, detail: "EnableNetworkIsolation is off" },
    network: isUnknown(model)
      ? model
      : vpcPlacement(reply?.VpcConfig, "the containers use SageMaker's network, outside your VPC's controls"),
    ...(reply?.ExecutionRoleArn ? { executionRole: reply.ExecutionRoleArn } : {}),
  };
  asset.relations = uniqueRelations([
    ...containers.flatMap((c) => [
      ...bucketRelation(RELATION.loadsArtifactsFrom, artifactsOf(c), "model artifacts", record),
      ...(c.AdditionalModelDataSources ?? []).flatMap((s) =>
        bucketRelation(
          RELATION.loadsArtifactsFrom,
          s.S3DataSource?.S3Uri,
          `model data ${s.ChannelName ?? ""}`.trim(),
          record,
        ),
      ),
    ]),
    ...subnetRelations(record, reply?.VpcConfig?.Subnets ?? []),
  ]);
  return asset;
}

function artifactsOf(container: ContainerReply): string | undefined {
  return container.ModelDataUrl ?? container.ModelDataSource?.S3DataSource?.S3Uri;
}

function containerOf(container: ContainerReply): ModelContainer {
  const artifacts = artifactsOf(container);
  return {
    ...(container.Image ? { image: container.Image } : {}),
    ...(container.ModelPackageName ? { modelPackage: container.ModelPackageName } : {}),
    ...(artifacts ? { modelDataUrl: artifacts } : {}),
    ...(container.ContainerHostname ? { hostname: container.ContainerHostname } : {}),
    ...(container.ImageConfig?.RepositoryAccessMode
      ? { repositoryAccessMode: container.ImageConfig.RepositoryAccessMode }
      : {}),
  };
}

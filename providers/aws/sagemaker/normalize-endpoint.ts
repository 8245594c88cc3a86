// An endpoint record (DescribeEndpoint + the DescribeEndpointConfig it runs) → model-endpoint asset.
import type {
  EndpointVariant,
  InferenceCapture,
  ModelEndpointAsset,
} from "../../../src/model/assets/model-endpoint.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import {
  baseOf,
  bucketRelation,
  keyOwnerOf,
  uniqueRelations,
  volumeEncryption,
  type KeyOwner,
} from "./normalize-common.js";
import { sageMakerArn } from "./records.js";

interface CaptureReply {
  EnableCapture?: boolean;
  DestinationS3Uri?: string;
  KmsKeyId?: string;
}

interface AsyncReply {
  OutputConfig?: { KmsKeyId?: string; S3OutputPath?: string; S3FailurePath?: string };
}

interface VariantSummary {
  VariantName?: string;
  CurrentInstanceCount?: number;
  DesiredInstanceCount?: number;
  CurrentServerlessConfig?: unknown;
  DesiredServerlessConfig?: unknown;
}

interface VariantConfig {
  VariantName?: string;
  ModelName?: string;
  InstanceType?: string;
  InitialInstanceCount?: number;
  ServerlessConfig?: unknown;
}

interface EndpointReply {
  EndpointStatus?: string;
  EndpointConfigName?: string;
  ProductionVariants?: VariantSummary[];
  ShadowProductionVariants?: VariantSummary[];
  DataCaptureConfig?: CaptureReply;
  AsyncInferenceConfig?: AsyncReply;
}

interface ConfigReply {
  KmsKeyId?: string;
  ProductionVariants?: VariantConfig[];
  ShadowProductionVariants?: VariantConfig[];
  DataCaptureConfig?: CaptureReply;
  AsyncInferenceConfig?: AsyncReply;
}

export function normalizeEndpoint(record: InventoryRecord, read: ReplyReader): ModelEndpointAsset {
  const endpoint = read<EndpointReply>(record, "DescribeEndpoint");
  const config = readConfig(record, read, endpoint);
  const summaryStatus = (record.replies.ListEndpoints as { EndpointStatus?: string } | undefined)
    ?.EndpointStatus;
  const live = isUnknown(endpoint) ? undefined : endpoint;
  const configured = isUnknown(config) ? undefined : (config ?? undefined);
  const owner = keyOwnerOf(record);

  const asset: ModelEndpointAsset = {
    ...baseOf(record, "aws.sagemaker.endpoint"),
    kind: "model-endpoint",
    ...(live?.EndpointStatus || summaryStatus ? { status: live?.EndpointStatus ?? summaryStatus } : {}),
    exposure: {
      public: false,
      reasons: [
        "SageMaker endpoints answer only SigV4-signed requests from IAM principals allowed sagemaker:InvokeEndpoint",
      ],
    },
    networkAccess: {
      publicNetwork: true,
      detail: `invoked through the regional SageMaker Runtime API (runtime.sagemaker.${record.region}.amazonaws.com), which is reachable from the internet; a VPC interface endpoint adds a private path but does not remove the public one`,
    },
    authentication: {
      required: true,
      methods: ["aws-iam"],
      detail:
        "every request is SigV4-signed and authorized by IAM (sagemaker:InvokeEndpoint); there is no anonymous or key-based access",
    },
    volumeEncryption: isUnknown(config)
      ? config
      : volumeEncryption(
          config?.KmsKeyId,
          allConfigVariants(config).flatMap((v) => (v.InstanceType ? [v.InstanceType] : [])),
          "the endpoint instances' ML storage volumes",
          owner,
        ),
    dataCapture: isUnknown(endpoint)
      ? endpoint
      : capture(live?.DataCaptureConfig, configured?.DataCaptureConfig, config, owner),
    asyncOutput: isUnknown(endpoint)
      ? endpoint
      : asyncOutput(live?.AsyncInferenceConfig ?? configured?.AsyncInferenceConfig, owner),
    variants: isUnknown(endpoint)
      ? endpoint
      : !live?.ProductionVariants?.length && isUnknown(config)
        ? config
        : variants(live, configured),
  };
  // Models come from the configuration only: when it could not be read, which models are served is unknown.
  if (isUnknown(config)) asset.unreadRelations = { [RELATION.servesModel]: config.reason };
  asset.relations = uniqueRelations([
    ...allConfigVariants(configured).flatMap((v) =>
      v.ModelName
        ? [
            {
              type: RELATION.servesModel,
              target: sageMakerArn(
                { partition: record.resourceId.split(":")[1] ?? "aws", account: record.account },
                record.region,
                "model",
                v.ModelName,
              ),
              detail: `variant ${v.VariantName ?? "?"}`,
            },
          ]
        : [],
    ),
    ...(captureOn(live, configured)
      ? bucketRelation(
          RELATION.logsTo,
          (live?.DataCaptureConfig ?? configured?.DataCaptureConfig)?.DestinationS3Uri,
          "data capture",
          record,
        )
      : []),
    ...(!(live?.AsyncInferenceConfig ?? configured?.AsyncInferenceConfig)
      ? []
      : [
          ...bucketRelation(
            RELATION.writesOutputTo,
            (live?.AsyncInferenceConfig ?? configured?.AsyncInferenceConfig)?.OutputConfig?.S3OutputPath,
            "async inference output",
            record,
          ),
          ...bucketRelation(
            RELATION.writesOutputTo,
            (live?.AsyncInferenceConfig ?? configured?.AsyncInferenceConfig)?.OutputConfig?.S3FailurePath,
            "async inference failures",
            record,
          ),
        ]),
  ]);
  return asset;
}

/** The configuration is read under its own name; an endpoint that could not be described has none to read. */
function readConfig(
  record: InventoryRecord,
  read: ReplyReader,
  endpoint: Known<EndpointReply | null>,
): Known<ConfigReply | null> {
  if (isUnknown(endpoint)) return endpoint;
  const name = endpoint?.EndpointConfigName;
  if (!name) return null;
  return read<ConfigReply>({ ...record, name }, "DescribeEndpointConfig");
}

function allConfigVariants(config: ConfigReply | null | undefined): VariantConfig[] {
  return [...(config?.ProductionVariants ?? []), ...(config?.ShadowProductionVariants ?? [])];
}

function captureOn(live: EndpointReply | null | undefined, configured: ConfigReply | undefined): boolean {
  if (live?.DataCaptureConfig) return live.DataCaptureConfig.EnableCapture === true;
  return Boolean(configured?.DataCaptureConfig) && configured?.DataCaptureConfig?.EnableCapture !== false;
}

/** The live endpoint's capture settings win; the configuration fills in what the summary omits. */
function capture(
  live: CaptureReply | undefined,
  configured: CaptureReply | undefined,
  config: Known<ConfigReply | null>,
  owner: KeyOwner,
): Known<InferenceCapture> {
  const source = live ?? configured;
  if (!source) {
    if (isUnknown(config)) return config;
    return { enabled: false, keyManager: "none", detail: "data capture is not configured" };
  }
  // In an endpoint configuration EnableCapture defaults to true; the endpoint's own summary always states it.
  const enabled = live ? live.EnableCapture === true : configured?.EnableCapture !== false;
  // The summary reports KmsKeyId as "" when no key is set.
  const keyId = source.KmsKeyId || configured?.KmsKeyId || undefined;
  return outputOf(enabled, source.DestinationS3Uri, keyId, "data capture", owner);
}

function asyncOutput(config: AsyncReply | undefined, owner: KeyOwner): Known<InferenceCapture> {
  if (!config)
    return { enabled: false, keyManager: "none", detail: "not an asynchronous inference endpoint" };
  return outputOf(
    true,
    config.OutputConfig?.S3OutputPath,
    config.OutputConfig?.KmsKeyId,
    "async output",
    owner,
  );
}

/** A named key is customer managed only when KMS says so (see kms/key-ownership.ts). */
function outputOf(
  enabled: boolean,
  destination: string | undefined,
  keyId: string | undefined,
  what: string,
  owner: KeyOwner,
): Known<InferenceCapture> {
  const manager = keyId ? owner(keyId) : "provider";
  if (isUnknown(manager)) return manager;
  return {
    enabled,
    ...(destination ? { destination } : {}),
    keyManager: manager,
    ...(keyId ? { keyId } : {}),
    detail: keyId
      ? `${what} to ${destination ?? "?"} under ${manager === "customer" ? "customer-managed" : "AWS managed"} KMS key ${keyId}`
      : `${what} to ${destination ?? "?"} names no KMS key`,
  };
}

/** Instance counts from the running endpoint, instance types and models from its configuration. */
function variants(
  live: EndpointReply | null | undefined,
  config: ConfigReply | undefined,
): EndpointVariant[] {
  const configured = new Map<string, { variant: VariantConfig; shadow: boolean }>();
  for (const v of config?.ProductionVariants ?? [])
    if (v.VariantName) configured.set(v.VariantName, { variant: v, shadow: false });
  for (const v of config?.ShadowProductionVariants ?? [])
    if (v.VariantName) configured.set(v.VariantName, { variant: v, shadow: true });
  const out: EndpointVariant[] = [];
  const summaries = [
    ...(live?.ProductionVariants ?? []).map((s) => ({ s, shadow: false })),
    ...(live?.ShadowProductionVariants ?? []).map((s) => ({ s, shadow: true })),
  ];
  for (const { s, shadow } of summaries) {
    const name = s.VariantName ?? "?";
    const c = configured.get(name)?.variant;
    configured.delete(name);
    const serverless = Boolean(s.CurrentServerlessConfig ?? s.DesiredServerlessConfig ?? c?.ServerlessConfig);
    const count = s.CurrentInstanceCount ?? s.DesiredInstanceCount ?? c?.InitialInstanceCount;
    out.push(variantOf(name, c, serverless, serverless ? undefined : count, shadow));
  }
  // Variants the endpoint did not report yet (still creating): what the configuration asks for.
  for (const [name, { variant, shadow }] of configured) {
    const serverless = Boolean(variant.ServerlessConfig);
    out.push(
      variantOf(name, variant, serverless, serverless ? undefined : variant.InitialInstanceCount, shadow),
    );
  }
  return out;
}

function variantOf(
  name: string,
  config: VariantConfig | undefined,
  serverless: boolean,
  instanceCount: number | undefined,
  shadow: boolean,
): EndpointVariant {
  return {
    name,
    ...(config?.ModelName ? { model: config.ModelName } : {}),
    ...(config?.InstanceType ? { instanceType: config.InstanceType } : {}),
    ...(instanceCount !== undefined ? { instanceCount } : {}),
    serverless,
    shadow,
  };
}

// Estate entries as SageMaker returns them: ARNs and defaults filled in, the endpoint's live view derived from
// its configuration, and timestamps as epoch seconds (awsJson 1.1's timestamp format).
import type {
  SageMakerDomain,
  SageMakerEndpoint,
  SageMakerEndpointConfig,
  SageMakerEstate,
  SageMakerModel,
  SageMakerNotebook,
  SageMakerTrainingJob,
} from "./estate.js";
import type { HandlerContext } from "../../../../mocks/types.js";
import type { Listable } from "./sagemaker-paging.js";
import { sageMakerEstate, sageMakerSchema } from "./estate.js";
import { findBy } from "../../../../mocks/estate/index-by.js";

/** When an entry has no CreationTime: a fixed date, so listings sort the same on every run. */
const DEFAULT_CREATED = Date.parse("2025-06-01T00:00:00Z") / 1000;
/** Training jobs without a CreationTime were created when the emulator first saw them: inside any recent window. */
const firstSeen = new WeakMap<object, number>();

/** An account without a SageMaker section: every list empty. */
const NONE: SageMakerEstate = sageMakerSchema.parse({})!;

export function sageMakerState(ctx: HandlerContext): SageMakerEstate {
  return sageMakerEstate.of(ctx.account) ?? NONE;
}

/** The entry's region: its `region`, else its ARN's, else us-east-1. */
export function regionOf(entry: { region?: string | undefined }, entryArn: string | undefined): string {
  return entry.region ?? entryArn?.split(":")[3] ?? "us-east-1";
}

const regional = new WeakMap<readonly object[], Map<string, { length: number; items: readonly object[] }>>();

/** The entries in the request's region; computed once per list and region (the estate is fixed while served). */
export function inRegion<T extends { region?: string | undefined }>(
  entries: readonly T[],
  arnOf: (entry: T) => string | undefined,
  ctx: HandlerContext,
): readonly T[] {
  let byRegion = regional.get(entries);
  if (!byRegion) {
    byRegion = new Map();
    regional.set(entries, byRegion);
  }
  let cached = byRegion.get(ctx.region);
  if (!cached || cached.length !== entries.length) {
    cached = {
      length: entries.length,
      items: entries.filter((entry) => regionOf(entry, arnOf(entry)) === ctx.region),
    };
    byRegion.set(ctx.region, cached);
  }
  return cached.items as readonly T[];
}

export function sageMakerArn(ctx: HandlerContext, type: string, name: string): string {
  const partition = ctx.region.startsWith("cn-")
    ? "aws-cn"
    : ctx.region.startsWith("us-gov-")
      ? "aws-us-gov"
      : "aws";
  return `arn:${partition}:sagemaker:${ctx.region}:${ctx.account.id}:${type}/${name.toLowerCase()}`;
}

/** ISO strings and epoch seconds → epoch seconds, for every field named like a timestamp, at any depth. */
export function epochTimes(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => epochTimes(item));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = epochTimes(v, k);
    return out;
  }
  if (typeof value === "string" && /(Time|Date)$/.test(key)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? value : ms / 1000;
  }
  return value;
}

function seconds(value: string | number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return typeof value === "number" ? value : Date.parse(value) / 1000;
}

function withoutRegion<T extends { region?: string | undefined }>(entry: T): Omit<T, "region"> {
  const { region: _region, ...rest } = entry;
  return rest;
}

// --- endpoints and their configurations ----------------------------------------------------------------------

export function findConfig(ctx: HandlerContext, name: string): SageMakerEndpointConfig | undefined {
  return findBy(
    inRegion(sageMakerState(ctx).endpointConfigs, (c) => c.EndpointConfigArn, ctx),
    "name",
    (c) => c.EndpointConfigName.toLowerCase(),
    name.toLowerCase(),
  );
}

export function endpointListable(endpoint: SageMakerEndpoint): Listable {
  const created = seconds(endpoint.CreationTime, DEFAULT_CREATED);
  return {
    name: endpoint.EndpointName,
    status: endpoint.EndpointStatus,
    created,
    modified: seconds(endpoint.LastModifiedTime, created),
  };
}

export function endpointSummary(endpoint: SageMakerEndpoint, ctx: HandlerContext) {
  const l = endpointListable(endpoint);
  return {
    EndpointName: endpoint.EndpointName,
    EndpointArn: endpoint.EndpointArn ?? sageMakerArn(ctx, "endpoint", endpoint.EndpointName),
    CreationTime: l.created,
    LastModifiedTime: l.modified,
    EndpointStatus: endpoint.EndpointStatus,
  };
}

/** DescribeEndpoint: what the estate says, with the live variants, capture and async settings of its config. */
export function endpointView(endpoint: SageMakerEndpoint, ctx: HandlerContext) {
  const config = findConfig(ctx, endpoint.EndpointConfigName);
  const variants = (list: SageMakerEndpointConfig["ProductionVariants"] | undefined) =>
    list?.map((v) =>
      v.ServerlessConfig
        ? {
            VariantName: v.VariantName,
            CurrentWeight: v.InitialVariantWeight ?? 1,
            DesiredWeight: v.InitialVariantWeight ?? 1,
            CurrentServerlessConfig: v.ServerlessConfig,
            DesiredServerlessConfig: v.ServerlessConfig,
          }
        : {
            VariantName: v.VariantName,
            CurrentWeight: v.InitialVariantWeight ?? 1,
            DesiredWeight: v.InitialVariantWeight ?? 1,
            CurrentInstanceCount: v.InitialInstanceCount,
            DesiredInstanceCount: v.InitialInstanceCount,
          },
    );
  const capture = config?.DataCaptureConfig;
  const view = {
    ...withoutRegion(endpoint),
    ...endpointSummary(endpoint, ctx),
    ProductionVariants: endpoint.ProductionVariants ?? variants(config?.ProductionVariants),
    ShadowProductionVariants: endpoint.ShadowProductionVariants ?? variants(config?.ShadowProductionVariants),
    DataCaptureConfig:
      endpoint.DataCaptureConfig ??
      (capture
        ? {
            EnableCapture: capture.EnableCapture ?? true,
            CaptureStatus: capture.EnableCapture === false ? "Stopped" : "Started",
            CurrentSamplingPercentage: capture.InitialSamplingPercentage,
            DestinationS3Uri: capture.DestinationS3Uri,
            ...(capture.KmsKeyId ? { KmsKeyId: capture.KmsKeyId } : {}),
          }
        : undefined),
    AsyncInferenceConfig: endpoint.AsyncInferenceConfig ?? config?.AsyncInferenceConfig,
  };
  return epochTimes(view);
}

export function endpointConfigView(config: SageMakerEndpointConfig, ctx: HandlerContext) {
  return epochTimes({
    ...withoutRegion(config),
    EndpointConfigArn:
      config.EndpointConfigArn ?? sageMakerArn(ctx, "endpoint-config", config.EndpointConfigName),
    CreationTime: seconds(config.CreationTime, DEFAULT_CREATED),
  });
}

export function modelView(model: SageMakerModel, ctx: HandlerContext) {
  return epochTimes({
    ...withoutRegion(model),
    ModelArn: model.ModelArn ?? sageMakerArn(ctx, "model", model.ModelName),
    CreationTime: seconds(model.CreationTime, DEFAULT_CREATED),
  });
}

// --- notebook instances --------------------------------------------------------------------------------------

export function notebookListable(notebook: SageMakerNotebook): Listable {
  const created = seconds(notebook.CreationTime, DEFAULT_CREATED);
  return {
    name: notebook.NotebookInstanceName,
    status: notebook.NotebookInstanceStatus,
    created,
    modified: seconds(notebook.LastModifiedTime, created),
  };
}

export function notebookView(notebook: SageMakerNotebook, ctx: HandlerContext) {
  const l = notebookListable(notebook);
  return epochTimes({
    ...withoutRegion(notebook),
    NotebookInstanceArn:
      notebook.NotebookInstanceArn ?? sageMakerArn(ctx, "notebook-instance", notebook.NotebookInstanceName),
    Url:
      notebook.Url ?? `${notebook.NotebookInstanceName.toLowerCase()}.notebook.${ctx.region}.sagemaker.aws`,
    CreationTime: l.created,
    LastModifiedTime: l.modified,
  }) as Record<string, unknown>;
}

export function notebookSummary(notebook: SageMakerNotebook, ctx: HandlerContext) {
  const view = notebookView(notebook, ctx);
  const keep = [
    "NotebookInstanceName",
    "NotebookInstanceArn",
    "NotebookInstanceStatus",
    "Url",
    "InstanceType",
    "CreationTime",
    "LastModifiedTime",
    "NotebookInstanceLifecycleConfigName",
    "DefaultCodeRepository",
    "AdditionalCodeRepositories",
  ];
  return Object.fromEntries(Object.entries(view).filter(([k]) => keep.includes(k)));
}

// --- training jobs -------------------------------------------------------------------------------------------

export function trainingJobListable(job: SageMakerTrainingJob): Listable {
  let seen = firstSeen.get(job);
  if (seen === undefined) {
    seen = Math.floor(Date.now() / 1000);
    firstSeen.set(job, seen);
  }
  const created = seconds(job.CreationTime, seen);
  return {
    name: job.TrainingJobName,
    status: job.TrainingJobStatus,
    created,
    modified: seconds(job.LastModifiedTime, created),
  };
}

export function trainingJobView(job: SageMakerTrainingJob, ctx: HandlerContext) {
  const l = trainingJobListable(job);
  return epochTimes({
    ...withoutRegion(job),
    TrainingJobArn: job.TrainingJobArn ?? sageMakerArn(ctx, "training-job", job.TrainingJobName),
    SecondaryStatus: job.SecondaryStatus ?? job.TrainingJobStatus,
    ModelArtifacts: job.ModelArtifacts ?? {
      S3ModelArtifacts: job.OutputDataConfig
        ? `${job.OutputDataConfig.S3OutputPath.replace(/\/$/, "")}/${job.TrainingJobName}/output/model.tar.gz`
        : "",
    },
    StoppingCondition: job.StoppingCondition ?? { MaxRuntimeInSeconds: 86400 },
    CreationTime: l.created,
    LastModifiedTime: l.modified,
  }) as Record<string, unknown>;
}

export function trainingJobSummary(job: SageMakerTrainingJob, ctx: HandlerContext) {
  const view = trainingJobView(job, ctx);
  const keep = [
    "TrainingJobName",
    "TrainingJobArn",
    "CreationTime",
    "TrainingEndTime",
    "LastModifiedTime",
    "TrainingJobStatus",
    "SecondaryStatus",
    "WarmPoolStatus",
  ];
  return Object.fromEntries(Object.entries(view).filter(([k]) => keep.includes(k)));
}

// --- Studio domains ------------------------------------------------------------------------------------------

export function domainView(domain: SageMakerDomain, ctx: HandlerContext) {
  const created = seconds(domain.CreationTime, DEFAULT_CREATED);
  return epochTimes({
    ...withoutRegion(domain),
    DomainArn: domain.DomainArn ?? sageMakerArn(ctx, "domain", domain.DomainId),
    Url: domain.Url ?? `https://${domain.DomainId}.studio.${ctx.region}.sagemaker.aws`,
    CreationTime: created,
    LastModifiedTime: seconds(domain.LastModifiedTime, created),
  }) as Record<string, unknown>;
}

export function domainSummary(domain: SageMakerDomain, ctx: HandlerContext) {
  const view = domainView(domain, ctx);
  const keep = ["DomainArn", "DomainId", "DomainName", "Status", "CreationTime", "LastModifiedTime", "Url"];
  return Object.fromEntries(Object.entries(view).filter(([k]) => keep.includes(k)));
}

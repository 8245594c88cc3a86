// List*/Describe* pairs for the SageMaker resources the emulator serves from one table each: processing,
// hyperparameter tuning and AutoML jobs, Model Monitor schedules and job definitions, feature groups and
// inference experiments. Each Describe* finds its entry through a name index (built once per estate list), not by
// scanning the list.
// Missing resources answer as the SageMaker API Reference says: ResourceNotFound for every type here.
import type { HandlerContext } from "../../../../mocks/types.js";
import type { SageMakerEstate } from "./estate.js";
import {
  MONITORING_DEFINITION_TYPES,
  type AutoMlJob,
  type FeatureGroup,
  type InferenceExperiment,
  type JobDefinition,
  type MonitoringSchedule,
  type MonitoringType,
  type ProcessingJob,
  type TuningJob,
} from "./estate-jobs.js";
import type { Listable } from "./sagemaker-paging.js";
import { epochTimes, regionOf, sageMakerArn, sageMakerState } from "./sagemaker-views.js";

/** When an entry has no CreationTime: a fixed date, so listings sort the same on every run. */
const DEFAULT_CREATED = Date.parse("2025-06-01T00:00:00Z") / 1000;
/** Jobs without a CreationTime were created when the emulator first saw them: inside any recent window. */
const firstSeen = new WeakMap<object, number>();

function seconds(value: string | number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return typeof value === "number" ? value : Date.parse(value) / 1000;
}

function seenAt(entry: object): number {
  let seen = firstSeen.get(entry);
  if (seen === undefined) {
    seen = Math.floor(Date.now() / 1000);
    firstSeen.set(entry, seen);
  }
  return seen;
}

export interface ResourceTable<T extends { region?: string | undefined }> {
  entries: (estate: SageMakerEstate) => readonly T[];
  listOp: string;
  listField: string;
  describeOp: string;
  /** Request member naming the resource in Describe*. */
  member: string;
  /** ARN resource type, e.g. "processing-job". */
  arnType: string;
  arnField: string;
  name: (entry: T) => string;
  arn: (entry: T) => string | undefined;
  status: (entry: T) => string;
  created: (entry: T) => number;
  modified?: (entry: T) => string | number | undefined;
  /** Fields of the Describe* view that the List* summary carries. */
  summary: readonly string[];
  /** Default SortBy and order of the listing (SageMaker API Reference, per List* operation). */
  sort: { sortBy: "Name" | "CreationTime" | "Status"; sortOrder: "Ascending" | "Descending" };
  /** Extra fields of the Describe* reply beyond the estate entry (defaults SageMaker fills in). */
  extra?: (entry: T, ctx: HandlerContext) => Record<string, unknown>;
  /** Fields the summary renames (the job definition listings say MonitoringJobDefinitionName). */
  summaryNames?: Readonly<Record<string, string>>;
}

const indexes = new WeakMap<object, Map<string, unknown>>();

/** The entry named `name` in the request's region, through a name index built once per estate list. */
export function byName<T extends { region?: string | undefined }>(
  table: ResourceTable<T>,
  ctx: HandlerContext,
  name: string,
): T | undefined {
  const list = table.entries(sageMakerState(ctx));
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const entry of list) index.set(`${regionOf(entry, table.arn(entry))}|${table.name(entry)}`, entry);
    indexes.set(list, index);
  }
  return index.get(`${ctx.region}|${name}`) as T | undefined;
}

export function inRegionOf<T extends { region?: string | undefined }>(
  table: ResourceTable<T>,
  ctx: HandlerContext,
): T[] {
  return table.entries(sageMakerState(ctx)).filter((e) => regionOf(e, table.arn(e)) === ctx.region);
}

export function listable<T extends { region?: string | undefined }>(
  table: ResourceTable<T>,
  entry: T,
): Listable {
  const created = table.created(entry);
  return {
    name: table.name(entry),
    status: table.status(entry),
    created,
    modified: seconds(table.modified?.(entry), created),
  };
}

export function view<T extends { region?: string | undefined }>(
  table: ResourceTable<T>,
  entry: T,
  ctx: HandlerContext,
): Record<string, unknown> {
  const { region: _region, ...rest } = entry;
  const l = listable(table, entry);
  return epochTimes({
    ...rest,
    [table.arnField]: table.arn(entry) ?? sageMakerArn(ctx, table.arnType, table.name(entry)),
    ...(table.extra?.(entry, ctx) ?? {}),
    CreationTime: l.created,
    LastModifiedTime: l.modified,
  }) as Record<string, unknown>;
}

export function summary<T extends { region?: string | undefined }>(
  table: ResourceTable<T>,
  entry: T,
  ctx: HandlerContext,
): Record<string, unknown> {
  const full = view(table, entry, ctx);
  const out: Record<string, unknown> = {};
  for (const field of table.summary)
    if (full[field] !== undefined) out[table.summaryNames?.[field] ?? field] = full[field];
  return out;
}

export const processingJobs: ResourceTable<ProcessingJob> = {
  entries: (e) => e.processingJobs,
  listOp: "ListProcessingJobs",
  listField: "ProcessingJobSummaries",
  describeOp: "DescribeProcessingJob",
  member: "ProcessingJobName",
  arnType: "processing-job",
  arnField: "ProcessingJobArn",
  name: (j) => j.ProcessingJobName,
  arn: (j) => j.ProcessingJobArn,
  status: (j) => j.ProcessingJobStatus,
  created: (j) => seconds(j.CreationTime, seenAt(j)),
  modified: (j) => j.LastModifiedTime,
  summary: [
    "ProcessingJobName",
    "ProcessingJobArn",
    "CreationTime",
    "ProcessingEndTime",
    "LastModifiedTime",
    "ProcessingJobStatus",
    "FailureReason",
    "ExitMessage",
  ],
  sort: { sortBy: "CreationTime", sortOrder: "Descending" },
};

export const tuningJobs: ResourceTable<TuningJob> = {
  entries: (e) => e.hyperParameterTuningJobs,
  listOp: "ListHyperParameterTuningJobs",
  listField: "HyperParameterTuningJobSummaries",
  describeOp: "DescribeHyperParameterTuningJob",
  member: "HyperParameterTuningJobName",
  arnType: "hyper-parameter-tuning-job",
  arnField: "HyperParameterTuningJobArn",
  name: (j) => j.HyperParameterTuningJobName,
  arn: (j) => j.HyperParameterTuningJobArn,
  status: (j) => j.HyperParameterTuningJobStatus,
  created: (j) => seconds(j.CreationTime, seenAt(j)),
  modified: (j) => j.LastModifiedTime,
  summary: [
    "HyperParameterTuningJobName",
    "HyperParameterTuningJobArn",
    "HyperParameterTuningJobStatus",
    "CreationTime",
    "HyperParameterTuningEndTime",
    "LastModifiedTime",
  ],
  sort: { sortBy: "Name", sortOrder: "Ascending" },
  extra: () => ({ TrainingJobStatusCounters: {}, ObjectiveStatusCounters: {} }),
};

export const autoMlJobs: ResourceTable<AutoMlJob> = {
  entries: (e) => e.autoMLJobs,
  listOp: "ListAutoMLJobs",
  listField: "AutoMLJobSummaries",
  describeOp: "DescribeAutoMLJobV2",
  member: "AutoMLJobName",
  arnType: "automl-job",
  arnField: "AutoMLJobArn",
  name: (j) => j.AutoMLJobName,
  arn: (j) => j.AutoMLJobArn,
  status: (j) => j.AutoMLJobStatus,
  created: (j) => seconds(j.CreationTime, seenAt(j)),
  modified: (j) => j.LastModifiedTime,
  summary: [
    "AutoMLJobName",
    "AutoMLJobArn",
    "AutoMLJobStatus",
    "AutoMLJobSecondaryStatus",
    "CreationTime",
    "EndTime",
    "LastModifiedTime",
    "FailureReason",
  ],
  sort: { sortBy: "Name", sortOrder: "Ascending" },
};

export const monitoringSchedules: ResourceTable<MonitoringSchedule> = {
  entries: (e) => e.monitoringSchedules,
  listOp: "ListMonitoringSchedules",
  listField: "MonitoringScheduleSummaries",
  describeOp: "DescribeMonitoringSchedule",
  member: "MonitoringScheduleName",
  arnType: "monitoring-schedule",
  arnField: "MonitoringScheduleArn",
  name: (s) => s.MonitoringScheduleName,
  arn: (s) => s.MonitoringScheduleArn,
  status: (s) => s.MonitoringScheduleStatus,
  created: (s) => seconds(s.CreationTime, DEFAULT_CREATED),
  modified: (s) => s.LastModifiedTime,
  summary: [
    "MonitoringScheduleName",
    "MonitoringScheduleArn",
    "CreationTime",
    "LastModifiedTime",
    "MonitoringScheduleStatus",
    "EndpointName",
    "MonitoringJobDefinitionName",
    "MonitoringType",
  ],
  sort: { sortBy: "CreationTime", sortOrder: "Descending" },
  // DescribeMonitoringSchedule states the type at the top level too.
  extra: (s) => ({
    MonitoringType: s.MonitoringType ?? s.MonitoringScheduleConfig.MonitoringType ?? "DataQuality",
    ...(s.MonitoringScheduleConfig.MonitoringJobDefinitionName
      ? { MonitoringJobDefinitionName: s.MonitoringScheduleConfig.MonitoringJobDefinitionName }
      : {}),
  }),
};

function jobDefinitions(type: MonitoringType): ResourceTable<JobDefinition> {
  const key = `${type.charAt(0).toLowerCase()}${type.slice(1)}JobDefinitions` as
    | "dataQualityJobDefinitions"
    | "modelQualityJobDefinitions"
    | "modelBiasJobDefinitions"
    | "modelExplainabilityJobDefinitions";
  return {
    entries: (e) => e[key] as unknown as readonly JobDefinition[],
    listOp: `List${type}JobDefinitions`,
    listField: "JobDefinitionSummaries",
    describeOp: `Describe${type}JobDefinition`,
    member: "JobDefinitionName",
    arnType: MONITORING_DEFINITION_TYPES[type],
    arnField: "JobDefinitionArn",
    name: (d) => d.JobDefinitionName,
    arn: (d) => d.JobDefinitionArn,
    status: () => "",
    created: (d) => seconds(d.CreationTime, DEFAULT_CREATED),
    summary: ["JobDefinitionName", "JobDefinitionArn", "CreationTime", "EndpointName"],
    summaryNames: {
      JobDefinitionName: "MonitoringJobDefinitionName",
      JobDefinitionArn: "MonitoringJobDefinitionArn",
    },
    sort: { sortBy: "CreationTime", sortOrder: "Descending" },
  };
}

export const featureGroups: ResourceTable<FeatureGroup> = {
  entries: (e) => e.featureGroups,
  listOp: "ListFeatureGroups",
  listField: "FeatureGroupSummaries",
  describeOp: "DescribeFeatureGroup",
  member: "FeatureGroupName",
  arnType: "feature-group",
  arnField: "FeatureGroupArn",
  name: (g) => g.FeatureGroupName,
  arn: (g) => g.FeatureGroupArn,
  status: (g) => g.FeatureGroupStatus,
  created: (g) => seconds(g.CreationTime, DEFAULT_CREATED),
  modified: (g) => g.LastModifiedTime,
  summary: [
    "FeatureGroupName",
    "FeatureGroupArn",
    "CreationTime",
    "FeatureGroupStatus",
    "OfflineStoreStatus",
  ],
  sort: { sortBy: "CreationTime", sortOrder: "Descending" },
};

export const inferenceExperiments: ResourceTable<InferenceExperiment> = {
  entries: (e) => e.inferenceExperiments,
  listOp: "ListInferenceExperiments",
  listField: "InferenceExperiments",
  describeOp: "DescribeInferenceExperiment",
  member: "Name",
  arnType: "inference-experiment",
  arnField: "Arn",
  name: (x) => x.Name,
  arn: (x) => x.Arn,
  status: (x) => x.Status,
  created: (x) => seconds(x.CreationTime, DEFAULT_CREATED),
  modified: (x) => x.LastModifiedTime,
  // InferenceExperimentSummary carries no ARN, no endpoint and no keys.
  summary: [
    "Name",
    "Type",
    "Schedule",
    "Status",
    "StatusReason",
    "Description",
    "CreationTime",
    "CompletionTime",
    "LastModifiedTime",
    "RoleArn",
  ],
  sort: { sortBy: "CreationTime", sortOrder: "Descending" },
};

export const RESOURCE_TABLES: ReadonlyArray<ResourceTable<{ region?: string | undefined }>> = [
  processingJobs,
  tuningJobs,
  autoMlJobs,
  monitoringSchedules,
  jobDefinitions("DataQuality"),
  jobDefinitions("ModelQuality"),
  jobDefinitions("ModelBias"),
  jobDefinitions("ModelExplainability"),
  featureGroups,
  inferenceExperiments,
] as unknown as ReadonlyArray<ResourceTable<{ region?: string | undefined }>>;

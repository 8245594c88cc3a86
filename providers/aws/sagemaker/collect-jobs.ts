// SageMaker processing, hyperparameter tuning and AutoML jobs (inside the training-job window), Model Monitor job
// definitions and schedules, Feature Store feature groups and inference experiments (shadow tests): one List* per
// region, one Describe* per resource, all through the reader's shared bound. A schedule that runs a named job definition gets that definition's reply
// in its record (read once, with the definitions), since its network and keys live there.
import {
  DescribeAutoMLJobV2Command,
  DescribeDataQualityJobDefinitionCommand,
  DescribeFeatureGroupCommand,
  DescribeHyperParameterTuningJobCommand,
  DescribeInferenceExperimentCommand,
  DescribeModelBiasJobDefinitionCommand,
  DescribeModelExplainabilityJobDefinitionCommand,
  DescribeModelQualityJobDefinitionCommand,
  DescribeMonitoringScheduleCommand,
  DescribeProcessingJobCommand,
  ListAutoMLJobsCommand,
  ListDataQualityJobDefinitionsCommand,
  ListFeatureGroupsCommand,
  ListHyperParameterTuningJobsCommand,
  ListInferenceExperimentsCommand,
  ListModelBiasJobDefinitionsCommand,
  ListModelExplainabilityJobDefinitionsCommand,
  ListModelQualityJobDefinitionsCommand,
  ListMonitoringSchedulesCommand,
  ListProcessingJobsCommand,
  type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { forEachBounded } from "../../../src/engine/resource-pool.js";
import { describe, push, type SageMakerContext } from "./collect-common.js";
import { listAll, SAGEMAKER_PAGE_SIZE } from "./list.js";
import { SAGEMAKER_TYPES, sageMakerArn } from "./records.js";

type Page = Record<string, unknown> & { NextToken?: string };
type Summary = Record<string, unknown>;

interface Listing {
  resourceType: string;
  arnType: string;
  listOp: string;
  list: (token: string | undefined, after: Date) => object;
  items: string;
  /** Summary fields naming the resource and its ARN (absent where the summary carries none). */
  nameField: string;
  arnField?: string;
  describeOp: string;
  describe: (name: string) => object;
  /** Jobs are read only inside the training-job window (CreationTimeAfter); templates always. */
  windowed: boolean;
}

const page = { MaxResults: SAGEMAKER_PAGE_SIZE };

const JOBS: Listing[] = [
  {
    resourceType: SAGEMAKER_TYPES.processingJob,
    arnType: "processing-job",
    listOp: "ListProcessingJobs",
    list: (NextToken, after) =>
      new ListProcessingJobsCommand({ ...page, NextToken, CreationTimeAfter: after }),
    items: "ProcessingJobSummaries",
    nameField: "ProcessingJobName",
    arnField: "ProcessingJobArn",
    describeOp: "DescribeProcessingJob",
    describe: (ProcessingJobName) => new DescribeProcessingJobCommand({ ProcessingJobName }),
    windowed: true,
  },
  {
    resourceType: SAGEMAKER_TYPES.tuningJob,
    arnType: "hyper-parameter-tuning-job",
    listOp: "ListHyperParameterTuningJobs",
    list: (NextToken, after) =>
      new ListHyperParameterTuningJobsCommand({ ...page, NextToken, CreationTimeAfter: after }),
    items: "HyperParameterTuningJobSummaries",
    nameField: "HyperParameterTuningJobName",
    arnField: "HyperParameterTuningJobArn",
    describeOp: "DescribeHyperParameterTuningJob",
    describe: (HyperParameterTuningJobName) =>
      new DescribeHyperParameterTuningJobCommand({ HyperParameterTuningJobName }),
    windowed: true,
  },
  {
    resourceType: SAGEMAKER_TYPES.autoMlJob,
    arnType: "automl-job",
    listOp: "ListAutoMLJobs",
    list: (NextToken, after) => new ListAutoMLJobsCommand({ ...page, NextToken, CreationTimeAfter: after }),
    items: "AutoMLJobSummaries",
    nameField: "AutoMLJobName",
    arnField: "AutoMLJobArn",
    // DescribeAutoMLJobV2 answers for jobs created by CreateAutoMLJob and CreateAutoMLJobV2 alike.
    describeOp: "DescribeAutoMLJobV2",
    describe: (AutoMLJobName) => new DescribeAutoMLJobV2Command({ AutoMLJobName }),
    windowed: true,
  },
  {
    resourceType: SAGEMAKER_TYPES.featureGroup,
    arnType: "feature-group",
    listOp: "ListFeatureGroups",
    list: (NextToken) => new ListFeatureGroupsCommand({ ...page, NextToken }),
    items: "FeatureGroupSummaries",
    nameField: "FeatureGroupName",
    arnField: "FeatureGroupArn",
    describeOp: "DescribeFeatureGroup",
    describe: (FeatureGroupName) => new DescribeFeatureGroupCommand({ FeatureGroupName }),
    windowed: false,
  },
  {
    resourceType: SAGEMAKER_TYPES.inferenceExperiment,
    arnType: "inference-experiment",
    listOp: "ListInferenceExperiments",
    list: (NextToken) => new ListInferenceExperimentsCommand({ ...page, NextToken }),
    items: "InferenceExperiments",
    nameField: "Name",
    // The summary has no ARN; the Describe reply's Arn names the record when it was read.
    describeOp: "DescribeInferenceExperiment",
    describe: (Name) => new DescribeInferenceExperimentCommand({ Name }),
    // Like feature groups, a configuration Security Hub judges whatever its age: read them all.
    windowed: false,
  },
];

function definitionListing(
  type: keyof typeof DEFINITION_COMMANDS,
  resourceType: string,
  arnType: string,
): Listing {
  const [List, Describe] = DEFINITION_COMMANDS[type];
  return {
    resourceType,
    arnType,
    listOp: `List${type}JobDefinitions`,
    list: (NextToken) => new List({ ...page, NextToken }),
    items: "JobDefinitionSummaries",
    nameField: "MonitoringJobDefinitionName",
    arnField: "MonitoringJobDefinitionArn",
    describeOp: `Describe${type}JobDefinition`,
    describe: (JobDefinitionName) => new Describe({ JobDefinitionName }),
    windowed: false,
  };
}

const DEFINITION_COMMANDS = {
  DataQuality: [ListDataQualityJobDefinitionsCommand, DescribeDataQualityJobDefinitionCommand],
  ModelQuality: [ListModelQualityJobDefinitionsCommand, DescribeModelQualityJobDefinitionCommand],
  ModelBias: [ListModelBiasJobDefinitionsCommand, DescribeModelBiasJobDefinitionCommand],
  ModelExplainability: [
    ListModelExplainabilityJobDefinitionsCommand,
    DescribeModelExplainabilityJobDefinitionCommand,
  ],
} as const;

const DEFINITIONS: Array<[keyof typeof DEFINITION_COMMANDS, Listing]> = [
  [
    "DataQuality",
    definitionListing("DataQuality", SAGEMAKER_TYPES.dataQualityJobDefinition, "data-quality-job-definition"),
  ],
  [
    "ModelQuality",
    definitionListing(
      "ModelQuality",
      SAGEMAKER_TYPES.modelQualityJobDefinition,
      "model-quality-job-definition",
    ),
  ],
  [
    "ModelBias",
    definitionListing("ModelBias", SAGEMAKER_TYPES.modelBiasJobDefinition, "model-bias-job-definition"),
  ],
  [
    "ModelExplainability",
    definitionListing(
      "ModelExplainability",
      SAGEMAKER_TYPES.modelExplainabilityJobDefinition,
      "model-explainability-job-definition",
    ),
  ],
];

/** Reads every listing of the region; returns how many resources were read. */
export async function collectJobs(
  ctx: SageMakerContext,
  client: SageMakerClient,
  region: string,
  after: Date,
): Promise<number> {
  const [jobs, definitions] = await Promise.all([
    Promise.all(JOBS.map((listing) => collectListing(ctx, client, region, listing, after))),
    Promise.all(
      DEFINITIONS.map(async ([type, listing]) => {
        const replies = await collectListing(ctx, client, region, listing, after);
        return [type, replies] as const;
      }),
    ),
  ]);
  const byType = new Map(definitions);
  const schedules = await collectSchedules(ctx, client, region, byType);
  return jobs.reduce((n, r) => n + r.size, 0) + definitions.reduce((n, [, r]) => n + r.size, 0) + schedules;
}

/** Records each listed resource; returns the Describe* replies by name (for schedules to find their definition). */
async function collectListing(
  ctx: SageMakerContext,
  client: SageMakerClient,
  region: string,
  listing: Listing,
  after: Date,
): Promise<Map<string, unknown>> {
  const summaries = await listAll<Page, Summary>(
    ctx,
    client,
    region,
    (token) => listing.list(token, after),
    (p) => p[listing.items] as Summary[] | undefined,
  );
  const described = new Map<string, unknown>();
  await forEachBounded(summaries, ctx.options.concurrency, async (summary) => {
    const name = summary[listing.nameField];
    if (typeof name !== "string" || !name) return;
    const replies: Record<string, unknown> = { [listing.listOp]: summary };
    const reply = await describe(ctx, client, listing.describe(name), region, name);
    if (reply) {
      replies[listing.describeOp] = reply;
      described.set(name, reply);
    }
    const arn = listing.arnField ? summary[listing.arnField] : (reply as { Arn?: unknown } | undefined)?.Arn;
    await push(
      ctx,
      region,
      listing.resourceType,
      typeof arn === "string" ? arn : sageMakerArn(ctx, region, listing.arnType, name),
      name,
      replies,
    );
  });
  return described;
}

async function collectSchedules(
  ctx: SageMakerContext,
  client: SageMakerClient,
  region: string,
  definitions: Map<string, Map<string, unknown>>,
): Promise<number> {
  const schedules = await listAll<Page, Summary>(
    ctx,
    client,
    region,
    (NextToken) => new ListMonitoringSchedulesCommand({ ...page, NextToken }),
    (p) => p.MonitoringScheduleSummaries as Summary[] | undefined,
  );
  await forEachBounded(schedules, ctx.options.concurrency, async (summary) => {
    const name = summary.MonitoringScheduleName;
    if (typeof name !== "string" || !name) return;
    const replies: Record<string, unknown> = { ListMonitoringSchedules: summary };
    const reply = await describe<{
      MonitoringType?: string;
      MonitoringScheduleConfig?: { MonitoringJobDefinitionName?: string; MonitoringType?: string };
    }>(ctx, client, new DescribeMonitoringScheduleCommand({ MonitoringScheduleName: name }), region, name);
    if (reply) {
      replies.DescribeMonitoringSchedule = reply;
      const config = reply.MonitoringScheduleConfig;
      const type = config?.MonitoringType ?? reply.MonitoringType;
      const definition = config?.MonitoringJobDefinitionName;
      const read =
        type && definition
          ? definitions.get(type as keyof typeof DEFINITION_COMMANDS)?.get(definition)
          : undefined;
      // A definition that was not read leaves the schedule's network settings unknown.
      if (read) replies[`Describe${type}JobDefinition`] = read;
    }
    const arn = summary.MonitoringScheduleArn;
    await push(
      ctx,
      region,
      SAGEMAKER_TYPES.monitoringSchedule,
      typeof arn === "string" ? arn : sageMakerArn(ctx, region, "monitoring-schedule", name),
      name,
      replies,
    );
  });
  return schedules.length;
}

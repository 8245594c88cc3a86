// Replay: an account's SageMaker resources rebuilt from a saved inventory's raw Describe* replies, which carry
// the estate's own field names. A resource whose Describe was not recorded (the read failed) is rebuilt from its
// listing, so it is listed again and its Describe is left to the replayed fault that denies it.
import type { InventoryRecord } from "../../../../src/model/inventory.js";
import type { ZodType } from "zod";
import { SAGEMAKER_TYPES as T } from "../records.js";
import { modelPackageGroupSchema } from "./estate-registry.js";
import {
  sageMakerDomainSchema,
  sageMakerEndpointSchema,
  sageMakerNotebookSchema,
  sageMakerTrainingJobSchema,
} from "./estate.js";

type Reply = Record<string, unknown>;

/** Per estate list: the record type, the Describe reply that fills it, and the field naming the resource. */
const SOURCES: { section: string; type: string; describe: string; name: string }[] = [
  { section: "endpoints", type: T.endpoint, describe: "DescribeEndpoint", name: "EndpointName" },
  {
    section: "endpointConfigs",
    type: T.endpoint,
    describe: "DescribeEndpointConfig",
    name: "EndpointConfigName",
  },
  { section: "models", type: T.model, describe: "DescribeModel", name: "ModelName" },
  {
    section: "notebookInstances",
    type: T.notebook,
    describe: "DescribeNotebookInstance",
    name: "NotebookInstanceName",
  },
  { section: "trainingJobs", type: T.trainingJob, describe: "DescribeTrainingJob", name: "TrainingJobName" },
  { section: "domains", type: T.domain, describe: "DescribeDomain", name: "DomainId" },
  {
    section: "processingJobs",
    type: T.processingJob,
    describe: "DescribeProcessingJob",
    name: "ProcessingJobName",
  },
  {
    section: "hyperParameterTuningJobs",
    type: T.tuningJob,
    describe: "DescribeHyperParameterTuningJob",
    name: "HyperParameterTuningJobName",
  },
  { section: "autoMLJobs", type: T.autoMlJob, describe: "DescribeAutoMLJobV2", name: "AutoMLJobName" },
  {
    section: "monitoringSchedules",
    type: T.monitoringSchedule,
    describe: "DescribeMonitoringSchedule",
    name: "MonitoringScheduleName",
  },
  {
    section: "dataQualityJobDefinitions",
    type: T.dataQualityJobDefinition,
    describe: "DescribeDataQualityJobDefinition",
    name: "JobDefinitionName",
  },
  // A monitoring schedule records the job definition it runs.
  {
    section: "dataQualityJobDefinitions",
    type: T.monitoringSchedule,
    describe: "DescribeDataQualityJobDefinition",
    name: "JobDefinitionName",
  },
  {
    section: "modelQualityJobDefinitions",
    type: T.modelQualityJobDefinition,
    describe: "DescribeModelQualityJobDefinition",
    name: "JobDefinitionName",
  },
  {
    section: "modelBiasJobDefinitions",
    type: T.modelBiasJobDefinition,
    describe: "DescribeModelBiasJobDefinition",
    name: "JobDefinitionName",
  },
  {
    section: "modelExplainabilityJobDefinitions",
    type: T.modelExplainabilityJobDefinition,
    describe: "DescribeModelExplainabilityJobDefinition",
    name: "JobDefinitionName",
  },
  {
    section: "featureGroups",
    type: T.featureGroup,
    describe: "DescribeFeatureGroup",
    name: "FeatureGroupName",
  },
  {
    section: "inferenceExperiments",
    type: T.inferenceExperiment,
    describe: "DescribeInferenceExperiment",
    name: "Name",
  },
];

/** Listings that can stand in for a Describe that failed, and the estate entry they must make. */
const FALLBACKS: Record<string, { list: string; schema: ZodType }> = {
  endpoints: { list: "ListEndpoints", schema: sageMakerEndpointSchema },
  notebookInstances: { list: "ListNotebookInstances", schema: sageMakerNotebookSchema },
  trainingJobs: { list: "ListTrainingJobs", schema: sageMakerTrainingJobSchema },
  domains: { list: "ListDomains", schema: sageMakerDomainSchema },
};

/** A resource only listed: its listing, if it is a valid estate entry (the failed Describe is denied again). */
function fromListing(section: string, record: InventoryRecord): Reply | undefined {
  const fallback = FALLBACKS[section];
  const listed = fallback && (record.replies[fallback.list] as Reply | null | undefined);
  if (!listed) return undefined;
  const config = record.replies.DescribeEndpointConfig as Reply | null | undefined;
  const entry = {
    region: record.region,
    ...listed,
    // An endpoint names its configuration; an unread one gets a name no configuration has.
    ...(section === "endpoints"
      ? { EndpointConfigName: config?.EndpointConfigName ?? `${record.name}-unread` }
      : {}),
  };
  return fallback.schema.safeParse(entry).success ? entry : undefined;
}

const PACKAGE_FIELDS = [
  "ModelPackageVersion",
  "ModelPackageArn",
  "ModelPackageDescription",
  "CreationTime",
  "LastModifiedTime",
  "ModelPackageStatus",
  "ModelApprovalStatus",
  "ApprovalDescription",
  "InferenceSpecification",
  "ModelMetrics",
  "CustomerMetadataProperties",
] as const;

const pick = (reply: Reply, fields: readonly string[]): Reply =>
  Object.fromEntries(fields.filter((f) => reply[f] !== undefined).map((f) => [f, reply[f]]));

/** A model package group from its listing, its resource policy and its described versions. */
function modelPackageGroup(record: InventoryRecord): Reply | undefined {
  const listed = record.replies.ListModelPackageGroups as Reply | null | undefined;
  if (!listed) return undefined;
  const policy = record.replies.GetModelPackageGroupPolicy as { ResourcePolicy?: unknown } | null | undefined;
  const versions = (record.replies.ListModelPackages ?? []) as { describe?: Reply }[];
  const entry = {
    region: record.region,
    ...pick(listed, [
      "ModelPackageGroupName",
      "ModelPackageGroupArn",
      "ModelPackageGroupDescription",
      "CreationTime",
      "ModelPackageGroupStatus",
    ]),
    ...(typeof policy?.ResourcePolicy === "string" ? { ResourcePolicy: policy.ResourcePolicy } : {}),
    ModelPackages: versions.flatMap((v) => (v.describe ? [pick(v.describe, PACKAGE_FIELDS)] : [])),
  };
  return modelPackageGroupSchema.safeParse(entry).success ? entry : undefined;
}

export function replaySageMaker(records: readonly InventoryRecord[]): Record<string, unknown> {
  const sections: Record<string, Map<string, Reply>> = {};
  for (const source of SOURCES) {
    const entries = (sections[source.section] ??= new Map());
    for (const record of records) {
      if (record.resourceType !== source.type) continue;
      const described = record.replies[source.describe] as Reply | null | undefined;
      const entry = described ? { region: record.region, ...described } : fromListing(source.section, record);
      if (!entry) continue;
      const key = `${record.region} ${String(entry[source.name])}`;
      if (!entries.has(key)) entries.set(key, entry);
    }
  }
  const groups = (sections.modelPackageGroups = new Map());
  for (const record of records) {
    if (record.resourceType !== T.modelPackageGroup) continue;
    const entry = modelPackageGroup(record);
    if (entry) groups.set(`${record.region} ${record.name}`, entry);
  }
  if (Object.values(sections).every((s) => s.size === 0)) return {};
  return {
    sagemaker: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, [...v.values()]])),
  };
}

// Estate entries for SageMaker processing jobs, hyperparameter tuning jobs, AutoML jobs (V2), Model Monitor
// schedules and job definitions, Feature Store feature groups and inference experiments, each as the matching
// `aws sagemaker describe-*` command prints it. The fields the scan interprets are typed; the rest are accepted as
// any JSON, and unknown fields are refused so a typo is an error.
import { z } from "zod";

export const anyJson = z.unknown().optional();
export const timestamp = z
  .union([z.string().refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date"), z.number()])
  .optional();
export const region = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "expected a region such as us-east-1")
  .optional();
export const name = z
  .string()
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, "expected a SageMaker name: letters, digits, -");
export const arn = (type: string) =>
  z
    .string()
    .regex(
      new RegExp(`^arn:aws[\\w-]*:sagemaker:[\\w-]+:\\d{12}:${type}/.+$`),
      `expected a SageMaker ${type} ARN`,
    )
    .optional();
export const vpcConfig = z.strictObject({
  SecurityGroupIds: z.array(z.string()),
  Subnets: z.array(z.string()),
});

const networkConfig = z.strictObject({
  EnableInterContainerTrafficEncryption: z.boolean().optional(),
  EnableNetworkIsolation: z.boolean().optional(),
  VpcConfig: vpcConfig.optional(),
});

const clusterConfig = z.strictObject({
  InstanceCount: z.number().int().positive(),
  InstanceType: z.string(),
  VolumeSizeInGB: z.number().int().positive(),
  VolumeKmsKeyId: z.string().optional(),
});

const monitoringOutputConfig = z.strictObject({
  MonitoringOutputs: z.array(
    z.strictObject({
      S3Output: z.strictObject({
        S3Uri: z.string(),
        LocalPath: z.string(),
        S3UploadMode: z.enum(["Continuous", "EndOfJob"]).optional(),
      }),
    }),
  ),
  KmsKeyId: z.string().optional(),
});

const jobStatus = z.enum(["InProgress", "Completed", "Failed", "Stopping", "Stopped"]);

export const processingJobSchema = z.strictObject({
  region,
  ProcessingJobName: name,
  ProcessingJobArn: arn("processing-job"),
  ProcessingInputs: anyJson,
  ProcessingOutputConfig: z
    .strictObject({
      Outputs: z.array(
        z.strictObject({
          OutputName: z.string(),
          S3Output: z
            .strictObject({
              S3Uri: z.string(),
              LocalPath: z.string().optional(),
              S3UploadMode: z.enum(["Continuous", "EndOfJob"]),
            })
            .optional(),
          FeatureStoreOutput: anyJson,
          AppManaged: z.boolean().optional(),
        }),
      ),
      KmsKeyId: z.string().optional(),
    })
    .optional(),
  ProcessingResources: z.strictObject({ ClusterConfig: clusterConfig }),
  StoppingCondition: anyJson,
  AppSpecification: anyJson,
  Environment: z.record(z.string(), z.string()).optional(),
  NetworkConfig: networkConfig.optional(),
  RoleArn: z.string(),
  ExperimentConfig: anyJson,
  ProcessingJobStatus: jobStatus.default("Completed"),
  ExitMessage: z.string().optional(),
  FailureReason: z.string().optional(),
  ProcessingEndTime: timestamp,
  ProcessingStartTime: timestamp,
  LastModifiedTime: timestamp,
  /** Omitted: the emulator's start time, so the job falls inside every recent window. */
  CreationTime: timestamp,
  MonitoringScheduleArn: z.string().optional(),
  AutoMLJobArn: z.string().optional(),
  TrainingJobArn: z.string().optional(),
});

const tuningTrainingDefinition = z.strictObject({
  DefinitionName: z.string().optional(),
  TuningObjective: anyJson,
  HyperParameterRanges: anyJson,
  StaticHyperParameters: z.record(z.string(), z.string()).optional(),
  AlgorithmSpecification: anyJson,
  RoleArn: z.string(),
  InputDataConfig: anyJson,
  VpcConfig: vpcConfig.optional(),
  OutputDataConfig: z.strictObject({
    KmsKeyId: z.string().optional(),
    S3OutputPath: z.string(),
    CompressionType: z.enum(["GZIP", "NONE"]).optional(),
  }),
  ResourceConfig: z
    .strictObject({
      InstanceType: z.string().optional(),
      InstanceCount: z.number().int().positive().optional(),
      VolumeSizeInGB: z.number().int().optional(),
      VolumeKmsKeyId: z.string().optional(),
      InstanceGroups: anyJson,
      KeepAlivePeriodInSeconds: z.number().optional(),
    })
    .optional(),
  HyperParameterTuningResourceConfig: anyJson,
  StoppingCondition: anyJson,
  EnableNetworkIsolation: z.boolean().optional(),
  EnableInterContainerTrafficEncryption: z.boolean().optional(),
  EnableManagedSpotTraining: z.boolean().optional(),
  CheckpointConfig: anyJson,
  RetryStrategy: anyJson,
  Environment: z.record(z.string(), z.string()).optional(),
});

export const tuningJobSchema = z.strictObject({
  region,
  HyperParameterTuningJobName: z
    .string()
    .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$/, "expected a tuning job name: up to 32 letters, digits, -"),
  HyperParameterTuningJobArn: arn("hyper-parameter-tuning-job"),
  HyperParameterTuningJobConfig: anyJson,
  TrainingJobDefinition: tuningTrainingDefinition.optional(),
  TrainingJobDefinitions: z.array(tuningTrainingDefinition).optional(),
  HyperParameterTuningJobStatus: jobStatus.default("Completed"),
  CreationTime: timestamp,
  HyperParameterTuningEndTime: timestamp,
  LastModifiedTime: timestamp,
  TrainingJobStatusCounters: anyJson,
  ObjectiveStatusCounters: anyJson,
  BestTrainingJob: anyJson,
  OverallBestTrainingJob: anyJson,
  WarmStartConfig: anyJson,
  Autotune: anyJson,
  FailureReason: z.string().optional(),
  TuningJobCompletionDetails: anyJson,
  ConsumedResources: anyJson,
});

export const autoMlJobSchema = z.strictObject({
  region,
  AutoMLJobName: z
    .string()
    .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$/, "expected an AutoML job name: up to 32 letters, digits, -"),
  AutoMLJobArn: arn("automl-job"),
  AutoMLJobInputDataConfig: anyJson,
  OutputDataConfig: z.strictObject({ KmsKeyId: z.string().optional(), S3OutputPath: z.string() }),
  RoleArn: z.string(),
  AutoMLJobObjective: anyJson,
  AutoMLProblemTypeConfig: anyJson,
  AutoMLProblemTypeConfigName: z.string().optional(),
  CreationTime: timestamp,
  EndTime: timestamp,
  LastModifiedTime: timestamp,
  FailureReason: z.string().optional(),
  PartialFailureReasons: anyJson,
  BestCandidate: anyJson,
  AutoMLJobStatus: jobStatus.default("Completed"),
  AutoMLJobSecondaryStatus: z.string().default("Completed"),
  AutoMLJobArtifacts: anyJson,
  ResolvedAttributes: anyJson,
  ModelDeployConfig: anyJson,
  ModelDeployResult: anyJson,
  DataSplitConfig: anyJson,
  SecurityConfig: z
    .strictObject({
      VolumeKmsKeyId: z.string().optional(),
      EnableInterContainerTrafficEncryption: z.boolean().optional(),
      VpcConfig: vpcConfig.optional(),
    })
    .optional(),
  AutoMLComputeConfig: anyJson,
});

/** The four Model Monitor job definition types and the prefix of their type-specific fields. */
export const MONITORING_DEFINITION_TYPES = {
  DataQuality: "data-quality-job-definition",
  ModelQuality: "model-quality-job-definition",
  ModelBias: "model-bias-job-definition",
  ModelExplainability: "model-explainability-job-definition",
} as const;
export type MonitoringType = keyof typeof MONITORING_DEFINITION_TYPES;

function jobDefinitionSchema<P extends MonitoringType>(prefix: P) {
  return z.strictObject({
    region,
    JobDefinitionName: name,
    JobDefinitionArn: arn(MONITORING_DEFINITION_TYPES[prefix]),
    CreationTime: timestamp,
    [`${prefix}BaselineConfig`]: anyJson,
    [`${prefix}AppSpecification`]: anyJson,
    [`${prefix}JobInput`]: anyJson,
    [`${prefix}JobOutputConfig`]: monitoringOutputConfig,
    JobResources: z.strictObject({ ClusterConfig: clusterConfig }),
    NetworkConfig: networkConfig.optional(),
    RoleArn: z.string(),
    StoppingCondition: anyJson,
  } as Record<string, z.ZodTypeAny>);
}

export const jobDefinitionSchemas = {
  DataQuality: jobDefinitionSchema("DataQuality"),
  ModelQuality: jobDefinitionSchema("ModelQuality"),
  ModelBias: jobDefinitionSchema("ModelBias"),
  ModelExplainability: jobDefinitionSchema("ModelExplainability"),
};

export const monitoringScheduleSchema = z.strictObject({
  region,
  MonitoringScheduleName: name,
  MonitoringScheduleArn: arn("monitoring-schedule"),
  MonitoringScheduleStatus: z.enum(["Pending", "Failed", "Scheduled", "Stopped"]).default("Scheduled"),
  MonitoringType: z.enum(["DataQuality", "ModelQuality", "ModelBias", "ModelExplainability"]).optional(),
  FailureReason: z.string().optional(),
  CreationTime: timestamp,
  LastModifiedTime: timestamp,
  MonitoringScheduleConfig: z.strictObject({
    ScheduleConfig: anyJson,
    MonitoringJobDefinition: z
      .strictObject({
        BaselineConfig: anyJson,
        MonitoringInputs: anyJson,
        MonitoringOutputConfig: monitoringOutputConfig,
        MonitoringResources: z.strictObject({ ClusterConfig: clusterConfig }),
        MonitoringAppSpecification: anyJson,
        StoppingCondition: anyJson,
        Environment: z.record(z.string(), z.string()).optional(),
        NetworkConfig: networkConfig.optional(),
        RoleArn: z.string(),
      })
      .optional(),
    MonitoringJobDefinitionName: z.string().optional(),
    MonitoringType: z.enum(["DataQuality", "ModelQuality", "ModelBias", "ModelExplainability"]).optional(),
  }),
  EndpointName: z.string().optional(),
  LastMonitoringExecutionSummary: anyJson,
});

export const featureGroupSchema = z.strictObject({
  region,
  FeatureGroupName: name,
  FeatureGroupArn: arn("feature-group"),
  RecordIdentifierFeatureName: z.string(),
  EventTimeFeatureName: z.string(),
  FeatureDefinitions: anyJson,
  CreationTime: timestamp,
  LastModifiedTime: timestamp,
  OnlineStoreConfig: z
    .strictObject({
      SecurityConfig: z.strictObject({ KmsKeyId: z.string().optional() }).optional(),
      EnableOnlineStore: z.boolean().optional(),
      TtlDuration: anyJson,
      StorageType: z.enum(["Standard", "InMemory"]).optional(),
    })
    .optional(),
  OfflineStoreConfig: z
    .strictObject({
      S3StorageConfig: z.strictObject({
        S3Uri: z.string(),
        KmsKeyId: z.string().optional(),
        ResolvedOutputS3Uri: z.string().optional(),
      }),
      DisableGlueTableCreation: z.boolean().optional(),
      DataCatalogConfig: anyJson,
      TableFormat: z.enum(["Default", "Glue", "Iceberg"]).optional(),
    })
    .optional(),
  ThroughputConfig: anyJson,
  RoleArn: z.string().optional(),
  FeatureGroupStatus: z
    .enum(["Creating", "Created", "CreateFailed", "Deleting", "DeleteFailed"])
    .default("Created"),
  OfflineStoreStatus: anyJson,
  LastUpdateStatus: anyJson,
  FailureReason: z.string().optional(),
  Description: z.string().optional(),
  OnlineStoreTotalSizeBytes: z.number().optional(),
});

const experimentVariant = z.strictObject({
  ModelName: z.string(),
  VariantName: z.string(),
  InfrastructureConfig: z.strictObject({
    InfrastructureType: z.literal("RealTimeInference"),
    RealTimeInferenceConfig: z.strictObject({
      InstanceType: z.string(),
      InstanceCount: z.number().int().positive(),
    }),
  }),
  Status: z.enum(["Creating", "Updating", "InService", "Deleting", "Deleted"]).default("InService"),
});

/** As `aws sagemaker describe-inference-experiment` prints it (a shadow test). */
export const inferenceExperimentSchema = z.strictObject({
  region,
  Name: name,
  Arn: arn("inference-experiment"),
  Type: z.literal("ShadowMode").default("ShadowMode"),
  Schedule: z.strictObject({ StartTime: timestamp, EndTime: timestamp }).optional(),
  Status: z
    .enum(["Creating", "Created", "Updating", "Running", "Starting", "Stopping", "Completed", "Cancelled"])
    .default("Running"),
  StatusReason: z.string().optional(),
  Description: z.string().optional(),
  CreationTime: timestamp,
  CompletionTime: timestamp,
  LastModifiedTime: timestamp,
  RoleArn: z.string().optional(),
  EndpointMetadata: z.strictObject({
    EndpointName: z.string(),
    EndpointConfigName: z.string().optional(),
    EndpointStatus: z.string().optional(),
    FailureReason: z.string().optional(),
  }),
  ModelVariants: z.array(experimentVariant).min(1),
  DataStorageConfig: z
    .strictObject({ Destination: z.string(), KmsKey: z.string().optional(), ContentType: anyJson })
    .optional(),
  ShadowModeConfig: z
    .strictObject({
      SourceModelVariantName: z.string(),
      ShadowModelVariants: z.array(
        z.strictObject({ ShadowModelVariantName: z.string(), SamplingPercentage: z.number().int() }),
      ),
    })
    .optional(),
  KmsKey: z.string().optional(),
});

export const jobsSchemaShape = {
  processingJobs: z.array(processingJobSchema).default([]),
  hyperParameterTuningJobs: z.array(tuningJobSchema).default([]),
  autoMLJobs: z.array(autoMlJobSchema).default([]),
  monitoringSchedules: z.array(monitoringScheduleSchema).default([]),
  dataQualityJobDefinitions: z.array(jobDefinitionSchemas.DataQuality).default([]),
  modelQualityJobDefinitions: z.array(jobDefinitionSchemas.ModelQuality).default([]),
  modelBiasJobDefinitions: z.array(jobDefinitionSchemas.ModelBias).default([]),
  modelExplainabilityJobDefinitions: z.array(jobDefinitionSchemas.ModelExplainability).default([]),
  featureGroups: z.array(featureGroupSchema).default([]),
  inferenceExperiments: z.array(inferenceExperimentSchema).default([]),
};

export type ProcessingJob = z.output<typeof processingJobSchema>;
export type InferenceExperiment = z.output<typeof inferenceExperimentSchema>;
export type TuningJob = z.output<typeof tuningJobSchema>;
export type AutoMlJob = z.output<typeof autoMlJobSchema>;
export type MonitoringSchedule = z.output<typeof monitoringScheduleSchema>;
/** A job definition of any of the four types; its type-specific fields (`${type}JobOutputConfig`, …) by name. */
export type JobDefinition = {
  region?: string | undefined;
  JobDefinitionName: string;
  JobDefinitionArn?: string | undefined;
  CreationTime?: string | number | undefined;
  RoleArn: string;
} & Record<string, unknown>;
export type FeatureGroup = z.output<typeof featureGroupSchema>;

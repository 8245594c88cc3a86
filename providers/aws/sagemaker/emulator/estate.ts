// SageMaker estate: endpoints, endpoint configurations, models, notebook instances, training jobs and Studio
// domains, each as the matching `aws sagemaker describe-*` command prints it, so real output pastes in. Each entry
// may carry a `region` (not an AWS field); without it the region comes from the entry's ARN, else us-east-1.
// Every field of each Describe* reply is named, so a typo is an error; fields the emulator does not interpret
// are accepted as any JSON. Timestamps are ISO 8601 strings (as the CLI prints them) or epoch seconds.
import { z } from "zod";
import { estateSection } from "../../../../mocks/estate/section.js";
import { jobsSchemaShape } from "./estate-jobs.js";
import { registrySchemaShape } from "./estate-registry.js";

const anyJson = z.unknown().optional();
const timestamp = z
  .union([z.string().refine((v) => !Number.isNaN(Date.parse(v)), "expected an ISO 8601 date"), z.number()])
  .optional();
const region = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "expected a region such as us-east-1")
  .optional();
const name = z
  .string()
  .regex(/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/, "expected a SageMaker name: letters, digits, -");
const arn = (type: string) =>
  z
    .string()
    .regex(
      new RegExp(`^arn:aws[\\w-]*:sagemaker:[\\w-]+:\\d{12}:${type}/.+$`),
      `expected a SageMaker ${type} ARN`,
    )
    .optional();

const vpcConfig = z.strictObject({ SecurityGroupIds: z.array(z.string()), Subnets: z.array(z.string()) });

const serverlessConfig = z.strictObject({
  MemorySizeInMB: z.number().int(),
  MaxConcurrency: z.number().int(),
  ProvisionedConcurrency: z.number().int().optional(),
});

const productionVariant = z.strictObject({
  VariantName: z.string(),
  ModelName: z.string().optional(),
  InitialInstanceCount: z.number().int().positive().optional(),
  InstanceType: z.string().optional(),
  InstancePools: anyJson,
  VariantInstanceProvisionTimeoutInSeconds: z.number().optional(),
  InitialVariantWeight: z.number().optional(),
  AcceleratorType: z.string().optional(),
  CoreDumpConfig: anyJson,
  ServerlessConfig: serverlessConfig.optional(),
  VolumeSizeInGB: z.number().optional(),
  ModelDataDownloadTimeoutInSeconds: z.number().optional(),
  ContainerStartupHealthCheckTimeoutInSeconds: z.number().optional(),
  EnableSSMAccess: z.boolean().optional(),
  ManagedInstanceScaling: anyJson,
  RoutingConfig: anyJson,
  InferenceAmiVersion: z.string().optional(),
  CapacityReservationConfig: anyJson,
});

const variantSummary = z.strictObject({
  VariantName: z.string(),
  DeployedImages: anyJson,
  CurrentWeight: z.number().optional(),
  DesiredWeight: z.number().optional(),
  CurrentInstanceCount: z.number().int().min(0).optional(),
  DesiredInstanceCount: z.number().int().min(0).optional(),
  InstancePools: anyJson,
  VariantStatus: anyJson,
  CurrentServerlessConfig: serverlessConfig.optional(),
  DesiredServerlessConfig: serverlessConfig.optional(),
  ManagedInstanceScaling: anyJson,
  RoutingConfig: anyJson,
  CapacityReservationConfig: anyJson,
});

const dataCaptureConfig = z.strictObject({
  EnableCapture: z.boolean().optional(),
  InitialSamplingPercentage: z.number().int().min(0).max(100),
  DestinationS3Uri: z.string(),
  KmsKeyId: z.string().optional(),
  CaptureOptions: z.array(z.strictObject({ CaptureMode: z.enum(["Input", "Output", "InputAndOutput"]) })),
  CaptureContentTypeHeader: anyJson,
});

const dataCaptureSummary = z.strictObject({
  EnableCapture: z.boolean(),
  CaptureStatus: z.enum(["Started", "Stopped"]).default("Started"),
  CurrentSamplingPercentage: z.number().int().min(0).max(100),
  DestinationS3Uri: z.string(),
  KmsKeyId: z.string().optional(),
});

const asyncInferenceConfig = z.strictObject({
  ClientConfig: anyJson,
  OutputConfig: z.strictObject({
    KmsKeyId: z.string().optional(),
    S3OutputPath: z.string().optional(),
    NotificationConfig: anyJson,
    S3FailurePath: z.string().optional(),
  }),
});

export const sageMakerEndpointSchema = z.strictObject({
  region,
  EndpointName: name,
  EndpointArn: arn("endpoint"),
  EndpointConfigName: z.string(),
  /** Omitted: derived from the endpoint configuration (current count = initial count). */
  ProductionVariants: z.array(variantSummary).optional(),
  /** Omitted: derived from the endpoint configuration's DataCaptureConfig. */
  DataCaptureConfig: dataCaptureSummary.optional(),
  EndpointStatus: z
    .enum([
      "OutOfService",
      "Creating",
      "Updating",
      "SystemUpdating",
      "RollingBack",
      "InService",
      "Deleting",
      "Failed",
      "UpdateRollbackFailed",
    ])
    .default("InService"),
  FailureReason: z.string().optional(),
  CreationTime: timestamp,
  LastModifiedTime: timestamp,
  LastDeploymentConfig: anyJson,
  /** Omitted: the endpoint configuration's AsyncInferenceConfig. */
  AsyncInferenceConfig: asyncInferenceConfig.optional(),
  PendingDeploymentSummary: anyJson,
  ExplainerConfig: anyJson,
  ShadowProductionVariants: z.array(variantSummary).optional(),
  MetricsConfig: anyJson,
});

export const sageMakerEndpointConfigSchema = z.strictObject({
  region,
  EndpointConfigName: name,
  EndpointConfigArn: arn("endpoint-config"),
  ProductionVariants: z.array(productionVariant).min(1),
  DataCaptureConfig: dataCaptureConfig.optional(),
  KmsKeyId: z.string().optional(),
  CreationTime: timestamp,
  AsyncInferenceConfig: asyncInferenceConfig.optional(),
  ExplainerConfig: anyJson,
  ShadowProductionVariants: z.array(productionVariant).optional(),
  ExecutionRoleArn: z.string().optional(),
  VpcConfig: vpcConfig.optional(),
  EnableNetworkIsolation: z.boolean().optional(),
  MetricsConfig: anyJson,
});

const s3ModelDataSource = z.strictObject({
  S3Uri: z.string(),
  S3DataType: z.enum(["S3Prefix", "S3Object"]),
  CompressionType: z.enum(["None", "Gzip"]),
  ModelAccessConfig: anyJson,
  HubAccessConfig: anyJson,
  ManifestS3Uri: z.string().optional(),
  ETag: z.string().optional(),
  ManifestEtag: z.string().optional(),
});

const containerDefinition = z.strictObject({
  ContainerHostname: z.string().optional(),
  Image: z.string().optional(),
  ImageConfig: anyJson,
  Mode: z.enum(["SingleModel", "MultiModel"]).optional(),
  ModelDataUrl: z.string().optional(),
  ModelDataSource: z.strictObject({ S3DataSource: s3ModelDataSource.optional() }).optional(),
  AdditionalModelDataSources: z
    .array(z.strictObject({ ChannelName: z.string(), S3DataSource: s3ModelDataSource }))
    .optional(),
  Environment: z.record(z.string(), z.string()).optional(),
  ModelPackageName: z.string().optional(),
  InferenceSpecificationName: z.string().optional(),
  MultiModelConfig: anyJson,
  ContainerMetricsConfig: anyJson,
});

export const sageMakerModelSchema = z.strictObject({
  region,
  ModelName: name,
  PrimaryContainer: containerDefinition.optional(),
  Containers: z.array(containerDefinition).optional(),
  InferenceExecutionConfig: anyJson,
  ExecutionRoleArn: z.string().optional(),
  VpcConfig: vpcConfig.optional(),
  CreationTime: timestamp,
  ModelArn: arn("model"),
  EnableNetworkIsolation: z.boolean().optional(),
  DeploymentRecommendation: anyJson,
});

export const sageMakerNotebookSchema = z.strictObject({
  region,
  NotebookInstanceArn: arn("notebook-instance"),
  NotebookInstanceName: name,
  NotebookInstanceStatus: z
    .enum(["Pending", "InService", "Stopping", "Stopped", "Failed", "Deleting", "Updating"])
    .default("InService"),
  FailureReason: z.string().optional(),
  Url: z.string().optional(),
  InstanceType: z.string().default("ml.t3.medium"),
  IpAddressType: z.string().optional(),
  SubnetId: z.string().optional(),
  SecurityGroups: z.array(z.string()).optional(),
  RoleArn: z.string().optional(),
  KmsKeyId: z.string().optional(),
  NetworkInterfaceId: z.string().optional(),
  LastModifiedTime: timestamp,
  CreationTime: timestamp,
  NotebookInstanceLifecycleConfigName: z.string().optional(),
  /** Omitted: Enabled, CreateNotebookInstance's default. */
  DirectInternetAccess: z.enum(["Enabled", "Disabled"]).default("Enabled"),
  VolumeSizeInGB: z.number().int().optional(),
  AcceleratorTypes: anyJson,
  DefaultCodeRepository: z.string().optional(),
  AdditionalCodeRepositories: z.array(z.string()).optional(),
  /** Omitted: Enabled, CreateNotebookInstance's default. */
  RootAccess: z.enum(["Enabled", "Disabled"]).default("Enabled"),
  PlatformIdentifier: z.string().optional(),
  InstanceMetadataServiceConfiguration: anyJson,
});

const channel = z.strictObject({
  ChannelName: z.string(),
  DataSource: z.strictObject({
    S3DataSource: z
      .strictObject({
        S3DataType: z.enum(["ManifestFile", "S3Prefix", "AugmentedManifestFile", "Converse"]),
        S3Uri: z.string(),
        S3DataDistributionType: z.enum(["FullyReplicated", "ShardedByS3Key"]).optional(),
        AttributeNames: z.array(z.string()).optional(),
        InstanceGroupNames: z.array(z.string()).optional(),
        ModelAccessConfig: anyJson,
        HubAccessConfig: anyJson,
      })
      .optional(),
    FileSystemDataSource: anyJson,
    DatasetSource: anyJson,
  }),
  ContentType: z.string().optional(),
  CompressionType: z.enum(["None", "Gzip"]).optional(),
  RecordWrapperType: z.enum(["None", "RecordIO"]).optional(),
  InputMode: z.string().optional(),
  ShuffleConfig: anyJson,
});

export const sageMakerTrainingJobSchema = z.strictObject({
  region,
  TrainingJobName: name,
  TrainingJobArn: arn("training-job"),
  TuningJobArn: z.string().optional(),
  LabelingJobArn: z.string().optional(),
  AutoMLJobArn: z.string().optional(),
  ModelArtifacts: z.strictObject({ S3ModelArtifacts: z.string() }).optional(),
  TrainingJobStatus: z
    .enum(["InProgress", "Completed", "Failed", "Stopping", "Stopped", "Deleting"])
    .default("Completed"),
  SecondaryStatus: z.string().optional(),
  FailureReason: z.string().optional(),
  HyperParameters: z.record(z.string(), z.string()).optional(),
  AlgorithmSpecification: z
    .strictObject({
      TrainingImage: z.string().optional(),
      AlgorithmName: z.string().optional(),
      TrainingInputMode: z.string(),
      MetricDefinitions: anyJson,
      EnableSageMakerMetricsTimeSeries: z.boolean().optional(),
      ContainerEntrypoint: z.array(z.string()).optional(),
      ContainerArguments: z.array(z.string()).optional(),
      TrainingImageConfig: anyJson,
    })
    .optional(),
  RoleArn: z.string().optional(),
  InputDataConfig: z.array(channel).optional(),
  OutputDataConfig: z
    .strictObject({
      KmsKeyId: z.string().optional(),
      S3OutputPath: z.string(),
      CompressionType: z.enum(["GZIP", "NONE"]).optional(),
    })
    .optional(),
  ResourceConfig: z
    .strictObject({
      InstanceType: z.string().optional(),
      InstanceCount: z.number().int().positive().optional(),
      VolumeSizeInGB: z.number().int().optional(),
      VolumeKmsKeyId: z.string().optional(),
      KeepAlivePeriodInSeconds: z.number().optional(),
      InstanceGroups: z
        .array(
          z.strictObject({
            InstanceType: z.string(),
            InstanceCount: z.number().int().positive(),
            InstanceGroupName: z.string(),
          }),
        )
        .optional(),
      TrainingPlanArn: z.string().optional(),
      InstancePlacementConfig: anyJson,
      InstancePreferences: anyJson,
      SelectedInstanceType: z.string().optional(),
      SelectedInstanceCount: z.number().optional(),
    })
    .optional(),
  WarmPoolStatus: anyJson,
  VpcConfig: vpcConfig.optional(),
  StoppingCondition: anyJson,
  /** Omitted: the emulator's start time, so the job falls inside every recent window. */
  CreationTime: timestamp,
  TrainingStartTime: timestamp,
  TrainingEndTime: timestamp,
  LastModifiedTime: timestamp,
  SecondaryStatusTransitions: anyJson,
  FinalMetricDataList: anyJson,
  EnableNetworkIsolation: z.boolean().optional(),
  EnableInterContainerTrafficEncryption: z.boolean().optional(),
  EnableManagedSpotTraining: z.boolean().optional(),
  CheckpointConfig: z.strictObject({ S3Uri: z.string(), LocalPath: z.string().optional() }).optional(),
  TrainingTimeInSeconds: z.number().optional(),
  BillableTimeInSeconds: z.number().optional(),
  BillableTokenCount: z.number().optional(),
  DebugHookConfig: anyJson,
  ExperimentConfig: anyJson,
  DebugRuleConfigurations: anyJson,
  TensorBoardOutputConfig: anyJson,
  DebugRuleEvaluationStatuses: anyJson,
  ProfilerConfig: anyJson,
  ProfilerRuleConfigurations: anyJson,
  ProfilerRuleEvaluationStatuses: anyJson,
  ProfilingStatus: z.string().optional(),
  Environment: z.record(z.string(), z.string()).optional(),
  RetryStrategy: anyJson,
  RemoteDebugConfig: anyJson,
  InfraCheckConfig: anyJson,
  ServerlessJobConfig: anyJson,
  MlflowConfig: anyJson,
  ModelPackageConfig: anyJson,
  MlflowDetails: anyJson,
  ProgressInfo: anyJson,
  OutputModelPackageArn: z.string().optional(),
});

export const sageMakerDomainSchema = z.strictObject({
  region,
  DomainArn: arn("domain"),
  DomainId: z.string().regex(/^d-[a-z0-9]+$/, "expected a domain id such as d-abc123"),
  DomainName: name,
  HomeEfsFileSystemId: z.string().optional(),
  SingleSignOnManagedApplicationInstanceId: z.string().optional(),
  SingleSignOnApplicationArn: z.string().optional(),
  Status: z
    .enum(["Deleting", "Failed", "InService", "Pending", "Updating", "Update_Failed", "Delete_Failed"])
    .default("InService"),
  CreationTime: timestamp,
  LastModifiedTime: timestamp,
  FailureReason: z.string().optional(),
  SecurityGroupIdForDomainBoundary: z.string().optional(),
  AuthMode: z.enum(["SSO", "IAM"]).default("IAM"),
  DefaultUserSettings: anyJson,
  DomainSettings: anyJson,
  /** Omitted: PublicInternetOnly, CreateDomain's default. */
  AppNetworkAccessType: z.enum(["PublicInternetOnly", "VpcOnly"]).default("PublicInternetOnly"),
  HomeEfsFileSystemKmsKeyId: z.string().optional(),
  SubnetIds: z.array(z.string()).optional(),
  Url: z.string().optional(),
  VpcId: z.string().optional(),
  KmsKeyId: z.string().optional(),
  AppSecurityGroupManagement: z.enum(["Service", "Customer"]).optional(),
  HomeEfsFileSystemCreation: z.string().optional(),
  TagPropagation: z.string().optional(),
  DefaultSpaceSettings: anyJson,
});

export const sageMakerSchema = z
  .strictObject({
    endpoints: z.array(sageMakerEndpointSchema).default([]),
    endpointConfigs: z.array(sageMakerEndpointConfigSchema).default([]),
    models: z.array(sageMakerModelSchema).default([]),
    notebookInstances: z.array(sageMakerNotebookSchema).default([]),
    trainingJobs: z.array(sageMakerTrainingJobSchema).default([]),
    domains: z.array(sageMakerDomainSchema).default([]),
    ...jobsSchemaShape,
    ...registrySchemaShape,
  })
  // Optional, so estates (and the built-in default account) without SageMaker stay valid.
  .optional();

export type SageMakerEstate = NonNullable<z.output<typeof sageMakerSchema>>;
export type SageMakerEndpoint = z.output<typeof sageMakerEndpointSchema>;
export type SageMakerEndpointConfig = z.output<typeof sageMakerEndpointConfigSchema>;
export type SageMakerModel = z.output<typeof sageMakerModelSchema>;
export type SageMakerNotebook = z.output<typeof sageMakerNotebookSchema>;
export type SageMakerTrainingJob = z.output<typeof sageMakerTrainingJobSchema>;
export type SageMakerDomain = z.output<typeof sageMakerDomainSchema>;

/** SageMaker endpoints, models, notebooks, training jobs, Studio domains. */
export const sageMakerEstate = estateSection("sagemaker", sageMakerSchema);

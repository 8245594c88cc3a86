import type { AwsOperation } from "../operation.js";

export const SAGEMAKER_OPERATIONS: readonly AwsOperation[] = [
  {
    client: "sagemaker",
    operation: "ListEndpoints",
    iamAction: "sagemaker:ListEndpoints",
    why: "enumerate model endpoints per region",
    alwaysReturns: "Endpoints",
  },
  {
    client: "sagemaker",
    operation: "DescribeEndpoint",
    iamAction: "sagemaker:DescribeEndpoint",
    why: "endpoint instance counts, data capture and async output settings",
    alwaysReturns: "EndpointArn",
  },
  {
    client: "sagemaker",
    operation: "DescribeEndpointConfig",
    iamAction: "sagemaker:DescribeEndpointConfig",
    why: "endpoint volume KMS key, instance types and the models it serves",
    alwaysReturns: "EndpointConfigArn",
  },
  {
    client: "sagemaker",
    operation: "DescribeModel",
    iamAction: "sagemaker:DescribeModel",
    why: "container images, model artifacts, network isolation and VPC of served models",
    alwaysReturns: "ModelArn",
  },
  {
    client: "sagemaker",
    operation: "ListNotebookInstances",
    iamAction: "sagemaker:ListNotebookInstances",
    why: "enumerate notebook instances per region",
    alwaysReturns: "NotebookInstances",
  },
  {
    client: "sagemaker",
    operation: "DescribeNotebookInstance",
    iamAction: "sagemaker:DescribeNotebookInstance",
    why: "notebook internet access, root access, KMS key and subnet",
    alwaysReturns: "NotebookInstanceArn",
  },
  {
    client: "sagemaker",
    operation: "ListTrainingJobs",
    iamAction: "sagemaker:ListTrainingJobs",
    why: "enumerate recent training jobs per region",
    alwaysReturns: "TrainingJobSummaries",
  },
  {
    client: "sagemaker",
    operation: "DescribeTrainingJob",
    iamAction: "sagemaker:DescribeTrainingJob",
    why: "training data and output locations, encryption, network isolation and VPC",
    alwaysReturns: "TrainingJobArn",
  },
  {
    client: "sagemaker",
    operation: "ListDomains",
    iamAction: "sagemaker:ListDomains",
    why: "enumerate SageMaker Studio domains per region",
    alwaysReturns: "Domains",
  },
  {
    client: "sagemaker",
    operation: "DescribeDomain",
    iamAction: "sagemaker:DescribeDomain",
    why: "Studio network access type, KMS key and VPC",
    alwaysReturns: "DomainArn",
  },
  ...pair(
    "ProcessingJobs",
    "ProcessingJobSummaries",
    "DescribeProcessingJob",
    "ProcessingJobArn",
    "processing jobs",
    "processing job network isolation, inter-container encryption, volume and output KMS keys, VPC",
  ),
  ...pair(
    "HyperParameterTuningJobs",
    "HyperParameterTuningJobSummaries",
    "DescribeHyperParameterTuningJob",
    "HyperParameterTuningJobArn",
    "hyperparameter tuning jobs",
    "the training job definitions a tuning job starts: isolation, encryption, keys, VPC",
  ),
  ...pair(
    "AutoMLJobs",
    "AutoMLJobSummaries",
    "DescribeAutoMLJobV2",
    "AutoMLJobArn",
    "AutoML jobs",
    "AutoML security configuration: volume KMS key, inter-container encryption, VPC; output KMS key",
  ),
  ...pair(
    "MonitoringSchedules",
    "MonitoringScheduleSummaries",
    "DescribeMonitoringSchedule",
    "MonitoringScheduleArn",
    "Model Monitor schedules",
    "the schedule's monitoring job: network isolation, inter-container encryption, keys, VPC",
  ),
  ...(["DataQuality", "ModelQuality", "ModelBias", "ModelExplainability"] as const).flatMap((type) =>
    pair(
      `${type}JobDefinitions`,
      "JobDefinitionSummaries",
      `Describe${type}JobDefinition`,
      "JobDefinitionArn",
      `Model Monitor ${type} job definitions`,
      "the monitoring job's network isolation, inter-container encryption, volume and output KMS keys, VPC",
    ),
  ),
  ...pair(
    "FeatureGroups",
    "FeatureGroupSummaries",
    "DescribeFeatureGroup",
    "FeatureGroupArn",
    "Feature Store feature groups",
    "online store KMS key and storage type, offline store S3 location and KMS key",
  ),
];

/** A List* operation and the Describe* that reads each listed resource. */
function pair(
  listed: string,
  listField: string,
  describe: string,
  describeField: string,
  what: string,
  why: string,
): AwsOperation[] {
  return [
    {
      client: "sagemaker",
      operation: `List${listed}`,
      iamAction: `sagemaker:List${listed}`,
      why: `enumerate ${what} per region`,
      alwaysReturns: listField,
    },
    {
      client: "sagemaker",
      operation: describe,
      iamAction: `sagemaker:${describe}`,
      why,
      alwaysReturns: describeField,
    },
  ];
}

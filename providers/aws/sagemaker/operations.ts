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
];

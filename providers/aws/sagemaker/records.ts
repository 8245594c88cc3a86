// Resource types of SageMaker inventory records, and ARNs for resources the API did not name.
import type { AwsCollectContext } from "../context.js";

export const SAGEMAKER_TYPES = {
  endpoint: "aws.sagemaker.endpoint",
  model: "aws.sagemaker.model",
  notebook: "aws.sagemaker.notebook-instance",
  trainingJob: "aws.sagemaker.training-job",
  domain: "aws.sagemaker.domain",
  processingJob: "aws.sagemaker.processing-job",
  tuningJob: "aws.sagemaker.hyper-parameter-tuning-job",
  autoMlJob: "aws.sagemaker.automl-job",
  monitoringSchedule: "aws.sagemaker.monitoring-schedule",
  dataQualityJobDefinition: "aws.sagemaker.data-quality-job-definition",
  modelQualityJobDefinition: "aws.sagemaker.model-quality-job-definition",
  modelBiasJobDefinition: "aws.sagemaker.model-bias-job-definition",
  modelExplainabilityJobDefinition: "aws.sagemaker.model-explainability-job-definition",
  featureGroup: "aws.sagemaker.feature-group",
  modelPackageGroup: "aws.sagemaker.model-package-group",
  inferenceExperiment: "aws.sagemaker.inference-experiment",
} as const;

/** SageMaker ARNs carry the resource name in lower case (arn:aws:sagemaker:us-east-1:111122223333:model/name). */
export function sageMakerArn(
  ctx: Pick<AwsCollectContext, "partition" | "account">,
  region: string,
  type: string,
  name: string,
): string {
  return `arn:${ctx.partition}:sagemaker:${region}:${ctx.account}:${type}/${name.toLowerCase()}`;
}

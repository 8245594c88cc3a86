// The AWS services aiposture reads: one manifest per folder. Every AWS list (operations and the IAM policy,
// collectors, normalizers, single-resource re-collection, CloudTrail routes, the emulator) derives from this one.
import type { AwsService } from "./service.js";
import account from "./account/index.js";
import organizations from "./accounts/index.js";
import kms from "./kms/index.js";
import s3 from "./s3/index.js";
import s3AccessPoints from "./s3-access-points/index.js";
import opensearch from "./opensearch/index.js";
import opensearchServerless from "./opensearch-serverless/index.js";
import guardduty from "./guardduty/index.js";
import macie from "./macie/index.js";
import bedrock from "./bedrock/index.js";
import bedrockAgentCore from "./bedrock-agentcore/index.js";
import sagemaker from "./sagemaker/index.js";
import modelArtifacts from "./model-artifacts/index.js";
import ecr from "./ecr/index.js";

export const AWS_SERVICES: readonly AwsService[] = [
  account,
  organizations,
  kms,
  s3,
  s3AccessPoints,
  opensearch,
  opensearchServerless,
  guardduty,
  macie,
  bedrock,
  bedrockAgentCore,
  sagemaker,
  modelArtifacts,
  ecr,
];

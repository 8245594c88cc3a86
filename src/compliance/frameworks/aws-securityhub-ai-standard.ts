import { defineFramework } from "../framework.js";

const SRC = "AWS Security Hub CSPM control reference";
const INFERENCE_EXPERIMENTS =
  "inference experiments (shadow tests: ListInferenceExperiments / DescribeInferenceExperiment) are not read yet";
const AGENTCORE =
  "no AgentCore collector yet: runtimes, gateways, memory, code interpreters and browsers are not read";

// The controls Security Hub's AI security standard evaluates, each as its own control reference page names it.
export default defineFramework({
  id: "aws-securityhub-ai-standard",
  name: "AWS Security Hub: AI security standard controls",
  version: "1.0.0",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/standards-ai-security.html",
  benchmark: {
    source:
      "docs.aws.amazon.com/securityhub/latest/userguide/bedrockagentcore-controls.html, sagemaker-controls.html and bedrock-controls.html (Bedrock.1 as its AWS Config rule bedrock-data-source-encryption-enabled describes it)",
    unlisted: [
      {
        ids: "BedrockAgentCore.3–7",
        reason:
          "titles not verified against the control reference in this pass; none is covered (no AgentCore collector)",
      },
    ],
  },
  controls: [
    {
      id: "Bedrock.1",
      title: "Amazon Bedrock data sources should be encrypted with customer managed AWS KMS keys",
      mappings: [
        {
          checks: ["knowledge-base.data-source-kms-key"],
          source: `${SRC}: Bedrock.1 (AWS Config bedrock-data-source-encryption-enabled: ServerSideEncryptionConfiguration.KmsKeyArn)`,
        },
      ],
    },
    {
      id: "BedrockAgentCore.1",
      title: "Bedrock AgentCore runtimes should be configured with VPC network mode",
      gap: { status: "not-covered", reason: AGENTCORE },
    },
    {
      id: "BedrockAgentCore.2",
      title: "Bedrock AgentCore gateways should require authorization for inbound requests",
      gap: { status: "not-covered", reason: AGENTCORE },
    },
    {
      id: "SageMaker.1",
      title: "Amazon SageMaker notebook instances should not have direct internet access",
      mappings: [
        { checks: ["notebook.direct-internet-access"], source: `${SRC}: SageMaker.1 (DirectInternetAccess)` },
      ],
    },
    {
      id: "SageMaker.2",
      title: "SageMaker notebook instances should be launched in a custom VPC",
      mappings: [{ checks: ["notebook.vpc"], source: `${SRC}: SageMaker.2 (SubnetId)` }],
    },
    {
      id: "SageMaker.3",
      title: "Users should not have root access to SageMaker notebook instances",
      mappings: [{ checks: ["notebook.root-access"], source: `${SRC}: SageMaker.3 (RootAccess)` }],
    },
    {
      id: "SageMaker.4",
      title: "SageMaker endpoint production variants should have an initial instance count greater than 1",
      mappings: [
        { checks: ["model-endpoint.single-instance"], source: `${SRC}: SageMaker.4 (InitialInstanceCount)` },
      ],
    },
    {
      id: "SageMaker.5",
      title: "SageMaker models should have network isolation enabled",
      mappings: [
        { checks: ["model.network-isolation"], source: `${SRC}: SageMaker.5 (EnableNetworkIsolation)` },
      ],
    },
    {
      id: "SageMaker.8",
      title: "SageMaker notebook instances should run on supported platforms",
      mappings: [
        {
          checks: ["notebook.supported-platform"],
          source: `${SRC}: SageMaker.8 (PlatformIdentifier notebook-al2023-v1)`,
        },
      ],
    },
    {
      id: "SageMaker.9",
      title: "SageMaker data quality job definitions should have inter-container traffic encryption enabled",
      mappings: [
        {
          checks: ["ml-job.inter-container-encryption"],
          source: `${SRC}: SageMaker.9 (NetworkConfig.EnableInterContainerTrafficEncryption; a single-instance definition passes, as nothing crosses the network)`,
        },
      ],
    },
    {
      id: "SageMaker.10",
      title:
        "SageMaker model explainability job definitions should have inter-container traffic encryption enabled",
      mappings: [
        {
          checks: ["ml-job.inter-container-encryption"],
          source: `${SRC}: SageMaker.10 (NetworkConfig.EnableInterContainerTrafficEncryption; a single-instance definition passes)`,
        },
      ],
    },
    {
      id: "SageMaker.11",
      title: "SageMaker data quality job definitions should have network isolation enabled",
      mappings: [
        {
          checks: ["ml-job.network-isolation"],
          source: `${SRC}: SageMaker.11 (NetworkConfig.EnableNetworkIsolation)`,
        },
      ],
    },
    {
      id: "SageMaker.12",
      title: "SageMaker model bias job definitions should have network isolation enabled",
      mappings: [
        {
          checks: ["ml-job.network-isolation"],
          source: `${SRC}: SageMaker.12 (NetworkConfig.EnableNetworkIsolation)`,
        },
      ],
    },
    {
      id: "SageMaker.13",
      title: "SageMaker model quality job definitions should have inter-container traffic encryption enabled",
      mappings: [
        {
          checks: ["ml-job.inter-container-encryption"],
          source: `${SRC}: SageMaker.13 (NetworkConfig.EnableInterContainerTrafficEncryption; a single-instance definition passes)`,
        },
      ],
    },
    {
      id: "SageMaker.14",
      title: "SageMaker monitoring schedules should have network isolation enabled",
      mappings: [
        {
          checks: ["ml-job.network-isolation"],
          source: `${SRC}: SageMaker.14 (the schedule"s inline or named job definition"s NetworkConfig.EnableNetworkIsolation)`,
        },
      ],
    },
    {
      id: "SageMaker.15",
      title: "SageMaker model bias job definitions should have inter-container traffic encryption enabled",
      mappings: [
        {
          checks: ["ml-job.inter-container-encryption"],
          source: `${SRC}: SageMaker.15 (EnableInterContainerTrafficEncryption when the instance count is 2 or more)`,
        },
      ],
    },
    {
      id: "SageMaker.16",
      title: "SageMaker models should use private registry in VPC for primary containers",
      mappings: [
        {
          checks: ["model.private-registry"],
          source: `${SRC}: SageMaker.16 (PrimaryContainer.ImageConfig.RepositoryAccessMode Vpc)`,
        },
      ],
    },
    {
      id: "SageMaker.17",
      title: "SageMaker feature group offline stores should be encrypted with AWS KMS keys",
      mappings: [
        {
          checks: ["feature-store.offline-kms-key"],
          source: `${SRC}: SageMaker.17 (OfflineStoreConfig.S3StorageConfig.KmsKeyId, customer managed as KMS DescribeKey says)`,
        },
      ],
    },
    {
      id: "SageMaker.18",
      title:
        "SageMaker feature group online stores with standard storage should be encrypted with AWS KMS keys",
      mappings: [
        {
          checks: ["feature-store.online-kms-key"],
          source: `${SRC}: SageMaker.18 (OnlineStoreConfig.SecurityConfig.KmsKeyId; judged for every storage type)`,
        },
      ],
    },
    {
      id: "SageMaker.19",
      title: "SageMaker models should use private registry in VPC for multi-container inference pipelines",
      mappings: [
        {
          checks: ["model.private-registry"],
          source: `${SRC}: SageMaker.19 (every Containers[].ImageConfig.RepositoryAccessMode Vpc)`,
        },
      ],
    },
    {
      id: "SageMaker.20",
      title: "SageMaker model explainability job definitions should have network isolation enabled",
      mappings: [
        {
          checks: ["ml-job.network-isolation"],
          source: `${SRC}: SageMaker.20 (NetworkConfig.EnableNetworkIsolation)`,
        },
      ],
    },
    {
      id: "SageMaker.21",
      title: "SageMaker notebook instances should be encrypted with customer managed AWS KMS keys",
      mappings: [
        {
          checks: ["notebook.kms-key"],
          source: `${SRC}: SageMaker.21 (KmsKeyId, customer managed as KMS DescribeKey says)`,
        },
      ],
    },
    {
      id: "SageMaker.22",
      title: "SageMaker monitoring schedules should have inter-container traffic encryption enabled",
      mappings: [
        {
          checks: ["ml-job.inter-container-encryption"],
          source: `${SRC}: SageMaker.22 (the schedule"s job definition"s EnableInterContainerTrafficEncryption; a single-instance job passes)`,
        },
      ],
    },
    {
      id: "SageMaker.23",
      title:
        "SageMaker inference experiments should have instance storage volume encrypted with customer managed AWS KMS keys",
      gap: { status: "not-covered", reason: INFERENCE_EXPERIMENTS },
    },
    {
      id: "SageMaker.24",
      title:
        "SageMaker inference experiments should have data storage encrypted with customer managed AWS KMS keys",
      gap: { status: "not-covered", reason: INFERENCE_EXPERIMENTS },
    },
    {
      id: "SageMaker.25",
      title: "SageMaker model quality job definitions should have network isolation enabled",
      mappings: [
        {
          checks: ["ml-job.network-isolation"],
          source: `${SRC}: SageMaker.25 (NetworkConfig.EnableNetworkIsolation)`,
        },
      ],
    },
  ],
});

import { defineFramework, type FrameworkControl } from "../framework.js";

const SRC = "AWS Security Hub CSPM control reference";

/**
 * Security Hub CSPM controls outside the AI standard (FSBP) that aiposture's checks answer for the storage, search
 * and threat detection around AI workloads: shown in the framework view, not counted in the standard's coverage.
 */
const RELATED: FrameworkControl[] = [
  {
    id: "S3.1",
    title: "S3 general purpose buckets should have block public access settings enabled",
    mappings: [
      {
        checks: ["account.s3-block-public-access"],
        source: `${SRC}: S3.1 (account-level Block Public Access)`,
      },
    ],
  },
  {
    id: "S3.2",
    title: "S3 general purpose buckets should block public read access",
    mappings: [{ checks: ["storage.public-read"], source: `${SRC}: S3.2` }],
  },
  {
    id: "S3.3",
    title: "S3 general purpose buckets should block public write access",
    mappings: [{ checks: ["storage.public-write"], source: `${SRC}: S3.3` }],
  },
  {
    id: "S3.5",
    title: "S3 general purpose buckets should require requests to use SSL",
    mappings: [{ checks: ["storage.tls-only"], source: `${SRC}: S3.5 (aws:SecureTransport deny)` }],
  },
  {
    id: "S3.8",
    title: "S3 general purpose buckets should block public access",
    mappings: [
      {
        checks: ["storage.public-access-prevention"],
        source: `${SRC}: S3.8 (bucket-level Block Public Access)`,
      },
    ],
  },
  {
    id: "S3.9",
    title: "S3 general purpose buckets should have server access logging enabled",
    mappings: [{ checks: ["storage.access-logging"], source: `${SRC}: S3.9` }],
  },
  {
    id: "S3.14",
    title: "S3 general purpose buckets should have versioning enabled",
    mappings: [{ checks: ["storage.versioning"], source: `${SRC}: S3.14` }],
  },
  {
    id: "Opensearch.1",
    title: "OpenSearch domains should have encryption at rest enabled",
    mappings: [{ checks: ["search.encryption-at-rest"], source: `${SRC}: Opensearch.1` }],
  },
  {
    id: "Opensearch.3",
    title: "OpenSearch domains should encrypt data sent between nodes",
    mappings: [{ checks: ["search.node-to-node-encryption"], source: `${SRC}: Opensearch.3` }],
  },
  {
    id: "Opensearch.4",
    title: "OpenSearch domain error logging to CloudWatch Logs should be enabled",
    mappings: [{ checks: ["search.error-logging"], source: `${SRC}: Opensearch.4` }],
  },
  {
    id: "Opensearch.5",
    title: "OpenSearch domains should have audit logging enabled",
    mappings: [{ checks: ["search.audit-logging"], source: `${SRC}: Opensearch.5` }],
  },
  {
    id: "Opensearch.7",
    title: "OpenSearch domains should have fine-grained access control enabled",
    mappings: [{ checks: ["search.fine-grained-access-control"], source: `${SRC}: Opensearch.7` }],
  },
  {
    id: "Opensearch.8",
    title: "Connections to OpenSearch domains should be encrypted using the latest TLS security policy",
    mappings: [
      {
        checks: ["search.tls-latest-policy"],
        source: `${SRC}: Opensearch.8 (EnforceHTTPS and TLSSecurityPolicy Policy-Min-TLS-1-2-PFS-2023-10)`,
      },
    ],
  },
  {
    id: "Opensearch.10",
    title: "OpenSearch domains should have the latest software update installed",
    mappings: [{ checks: ["search.software-update-pending"], source: `${SRC}: Opensearch.10` }],
  },
  {
    id: "GuardDuty.1",
    title: "GuardDuty should be enabled",
    mappings: [{ checks: ["threat-detection.enabled"], source: `${SRC}: GuardDuty.1` }],
  },
].map((control) => ({ ...control, related: true }));

// The controls Security Hub's AI security standard evaluates, each as its own control reference page names it
// (arn:aws:securityhub:REGION::standards/ai-security-best-practices/v/1.0.0), then the related FSBP controls.
export default defineFramework({
  id: "aws-securityhub-ai-standard",
  // The id this framework had before the two AI-standard files were merged; `--compliance aws-ai-security` works.
  aliases: ["aws-ai-security"],
  name: "AWS Security Hub: AI security standard controls",
  version: "1.0.0",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/standards-ai-security.html",
  benchmark: {
    source:
      "docs.aws.amazon.com/securityhub/latest/userguide/bedrockagentcore-controls.html (BedrockAgentCore.1–7 and their AWS Config rules), sagemaker-controls.html and bedrock-controls.html (Bedrock.1 as its AWS Config rule bedrock-data-source-encryption-enabled describes it)",
    unlisted: [],
  },
  controls: [
    ...RELATED,
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
      mappings: [
        {
          checks: ["agent-runtime.public-network"],
          source: `${SRC}: BedrockAgentCore.1 (AWS Config bedrockagentcore-runtime-private-network-required: networkConfiguration.networkMode PUBLIC fails)`,
        },
      ],
    },
    {
      id: "BedrockAgentCore.2",
      title: "Bedrock AgentCore Gateways should require authorization for inbound requests",
      mappings: [
        {
          checks: ["agent-gateway.inbound-auth"],
          source: `${SRC}: BedrockAgentCore.2 (AWS Config bedrockagentcore-gateway-authorizer-enabled: authorizerType NONE fails)`,
        },
      ],
    },
    {
      id: "BedrockAgentCore.3",
      title: "Bedrock AgentCore Memory should be encrypted with customer managed AWS KMS keys",
      mappings: [
        {
          checks: ["agent-memory.customer-managed-key"],
          source: `${SRC}: BedrockAgentCore.3 (AWS Config bedrock-agentcore-memory-encryption-enabled: encryptionKeyArn, key ownership from KMS DescribeKey)`,
        },
      ],
    },
    {
      id: "BedrockAgentCore.4",
      title: "Bedrock AgentCore Gateway should be encrypted with customer managed AWS KMS keys",
      mappings: [
        {
          checks: ["agent-gateway.customer-managed-key"],
          source: `${SRC}: BedrockAgentCore.4 (AWS Config bedrockagentcore-gateway-encryption-enabled: kmsKeyArn, key ownership from KMS DescribeKey)`,
        },
      ],
    },
    {
      id: "BedrockAgentCore.5",
      title: "Bedrock AgentCore custom browsers should not use public network mode",
      mappings: [
        {
          checks: ["agent-tool.private-network"],
          source: `${SRC}: BedrockAgentCore.5 (AWS Config bedrockagentcore-browsercustom-network-mode-not-public: custom browser networkMode PUBLIC fails)`,
        },
      ],
    },
    {
      id: "BedrockAgentCore.6",
      title: "Bedrock AgentCore custom browsers should have session recording enabled",
      mappings: [
        {
          checks: ["agent-tool.session-recording"],
          source: `${SRC}: BedrockAgentCore.6 (AWS Config bedrockagentcore-browsercustom-recording-enabled: recording enabled with an S3 location)`,
        },
      ],
    },
    {
      id: "BedrockAgentCore.7",
      title: "Bedrock AgentCore custom code interpreters should use a private network configuration",
      mappings: [
        {
          checks: ["agent-tool.private-network"],
          source: `${SRC}: BedrockAgentCore.7 (AWS Config bedrockagentcore-codeinterpreter-networkmode-check: custom code interpreter networkMode PUBLIC or SANDBOX fails)`,
        },
      ],
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
      mappings: [
        {
          checks: ["inference-experiment.volume-kms-key"],
          source: `${SRC}: SageMaker.23 (DescribeInferenceExperiment KmsKey, customer managed as KMS DescribeKey says; instance types with local NVMe storage take no key and pass)`,
        },
      ],
    },
    {
      id: "SageMaker.24",
      title:
        "SageMaker inference experiments should have data storage encrypted with customer managed AWS KMS keys",
      mappings: [
        {
          checks: ["inference-experiment.data-storage-kms-key"],
          source: `${SRC}: SageMaker.24 (DataStorageConfig.KmsKey, customer managed as KMS DescribeKey says, or the destination bucket's default customer managed key when the bucket is in the scan; an experiment that stores nothing passes)`,
        },
      ],
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

import { defineFramework } from "../framework.js";

const SRC = "AWS Security Hub CSPM control reference";
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
      {
        ids: "SageMaker.8–25",
        reason:
          "titles not verified against the control reference in this pass; the SageMaker checks that may evidence some of them (notebook.kms-key, training-job.*, model-endpoint.*-kms-key) are to be mapped once the titles are",
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
  ],
});

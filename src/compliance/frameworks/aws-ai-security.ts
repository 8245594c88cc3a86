import { defineFramework } from "../framework.js";

const SRC =
  "AWS Security Hub CSPM control reference (docs.aws.amazon.com/securityhub/latest/userguide/<service>-controls.html)";

// Security Hub CSPM control ids that aiposture's checks answer for the same resource and setting. The AI
// Security Best Practices standard (arn:aws:securityhub:REGION::standards/ai-security-best-practices/v/1.0.0)
// draws on these service controls; a control listed here is one our check evaluates the same way.
export default defineFramework({
  id: "aws-ai-security",
  name: "AWS Security Hub CSPM controls for AI services (AI Security Best Practices v1.0.0 and FSBP)",
  version: "1.0.0",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/standards-ai-security.html",
  controls: [
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
      mappings: [{ checks: ["search.tls-enforced"], source: `${SRC}: Opensearch.8` }],
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
    {
      id: "Bedrock.1",
      title: "Amazon Bedrock data sources should be encrypted with customer managed AWS KMS keys",
    },
  ],
});

import { defineFramework } from "../framework.js";

const SRC = "AWS Security Hub CSPM control reference";

// Security Hub's OpenSearch (AWS::OpenSearch::Domain) and Elasticsearch (AWS::Elasticsearch::Domain) controls.
// aiposture reads both engines' domains through the OpenSearch API, so one check answers both families.
export default defineFramework({
  id: "aws-securityhub-opensearch",
  name: "AWS Security Hub: OpenSearch and Elasticsearch controls",
  version: "2026",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html",
  benchmark: {
    source:
      "docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html and es-controls.html (Opensearch.11 as its AWS Config rule opensearch-primary-node-fault-tolerance describes it)",
    unlisted: [
      {
        ids: "Opensearch.9, ES.9",
        reason: "titles not verified against the control reference in this pass",
      },
    ],
  },
  controls: [
    {
      id: "Opensearch.1",
      title: "OpenSearch domains should have encryption at rest enabled",
      mappings: [{ checks: ["search.encryption-at-rest"], source: `${SRC}: Opensearch.1` }],
    },
    {
      id: "Opensearch.2",
      title: "OpenSearch domains should be in a VPC",
      mappings: [{ checks: ["search.vpc-placement"], source: `${SRC}: Opensearch.2 (VPCOptions)` }],
    },
    {
      id: "Opensearch.3",
      title: "OpenSearch domains should encrypt data sent between nodes",
      mappings: [{ checks: ["search.node-to-node-encryption"], source: `${SRC}: Opensearch.3` }],
    },
    {
      id: "Opensearch.4",
      title: "OpenSearch domain error logging to CloudWatch Logs should be enabled",
      mappings: [{ checks: ["search.error-logging"], source: `${SRC}: Opensearch.4 (ES_APPLICATION_LOGS)` }],
    },
    {
      id: "Opensearch.5",
      title: "OpenSearch domains should have audit logging enabled",
      mappings: [{ checks: ["search.audit-logging"], source: `${SRC}: Opensearch.5 (AUDIT_LOGS)` }],
    },
    {
      id: "Opensearch.6",
      title: "OpenSearch domains should have at least three data nodes",
      mappings: [
        {
          checks: ["search.data-node-fault-tolerance"],
          source: `${SRC}: Opensearch.6 (InstanceCount ≥ 3 and ZoneAwarenessEnabled)`,
        },
      ],
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
          source: `${SRC}: Opensearch.8 (EnforceHTTPS and TLSSecurityPolicy Policy-Min-TLS-1-2-PFS-2023-10; the stricter Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08 also passes)`,
        },
      ],
    },
    {
      id: "Opensearch.10",
      title: "OpenSearch domains should have the latest software update installed",
      mappings: [{ checks: ["search.software-update-pending"], source: `${SRC}: Opensearch.10` }],
    },
    {
      id: "Opensearch.11",
      title: "OpenSearch domains should have at least three dedicated primary nodes",
      mappings: [
        {
          checks: ["search.dedicated-master"],
          source: `${SRC}: Opensearch.11 (DedicatedMasterEnabled and DedicatedMasterCount ≥ 3)`,
        },
      ],
    },
    {
      id: "ES.1",
      title: "Elasticsearch domains should have encryption at-rest enabled",
      mappings: [{ checks: ["search.encryption-at-rest"], source: `${SRC}: ES.1` }],
    },
    {
      id: "ES.2",
      title: "Elasticsearch domains should be in a VPC",
      mappings: [{ checks: ["search.vpc-placement"], source: `${SRC}: ES.2 (VPCOptions)` }],
    },
    {
      id: "ES.3",
      title: "Elasticsearch domains should encrypt data sent between nodes",
      mappings: [{ checks: ["search.node-to-node-encryption"], source: `${SRC}: ES.3` }],
    },
    {
      id: "ES.4",
      title: "Elasticsearch domain error logging to CloudWatch Logs should be enabled",
      mappings: [{ checks: ["search.error-logging"], source: `${SRC}: ES.4 (ES_APPLICATION_LOGS)` }],
    },
    {
      id: "ES.5",
      title: "Elasticsearch domains should have audit logging enabled",
      mappings: [{ checks: ["search.audit-logging"], source: `${SRC}: ES.5 (AUDIT_LOGS)` }],
    },
    {
      id: "ES.6",
      title: "Elasticsearch domains should have at least three data nodes",
      mappings: [
        {
          checks: ["search.data-node-fault-tolerance"],
          source: `${SRC}: ES.6 (at least three data nodes and zoneAwarenessEnabled)`,
        },
      ],
    },
    {
      id: "ES.7",
      title: "Elasticsearch domains should be configured with at least three dedicated master nodes",
      mappings: [{ checks: ["search.dedicated-master"], source: `${SRC}: ES.7` }],
    },
    {
      id: "ES.8",
      title: "Connections to Elasticsearch domains should be encrypted using TLS 1.2",
      mappings: [{ checks: ["search.tls-enforced"], source: `${SRC}: ES.8 (EnforceHTTPS, TLS 1.2 policy)` }],
    },
  ],
});

// A small estate for the OpenSearch / OpenSearch Serverless provider tests: enough domains in one region for two
// DescribeDomains batches, one legacy Elasticsearch domain, one domain per exposure route, and collections
// covered by several network and encryption policies (so a page size of 1 pages every listing).
import type { EstateInput } from "../../../mocks/estate/schema.js";

export const ACCOUNT = "111122223333";
export const REGIONS = ["us-east-1", "us-west-2"];

const arn = (region: string, name: string) => `arn:aws:es:${region}:${ACCOUNT}:domain/${name}`;
const CMK = `arn:aws:kms:us-east-1:${ACCOUNT}:key/7c9e6679-7425-40de-944b-e07fc1f90ae7`;
const AWS_ES_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/4d1f8c2a-1e3b-4f5a-9c7d-2b6e8a0f3c51`;

const openPolicy = (region: string, name: string) => ({
  Version: "2012-10-17",
  Statement: [
    { Effect: "Allow", Principal: { AWS: "*" }, Action: "es:*", Resource: `${arn(region, name)}/*` },
  ],
});

const hardened = {
  ClusterConfig: {
    InstanceCount: 3,
    ZoneAwarenessEnabled: true,
    ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
    DedicatedMasterEnabled: true,
    DedicatedMasterCount: 3,
  },
  EncryptionAtRestOptions: { Enabled: true, KmsKeyId: CMK },
  NodeToNodeEncryptionOptions: { Enabled: true },
  DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
  AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, AnonymousAuthEnabled: false },
  LogPublishingOptions: {
    AUDIT_LOGS: {
      Enabled: true,
      CloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-1:111122223333:log-group:a",
    },
    ES_APPLICATION_LOGS: {
      Enabled: true,
      CloudWatchLogsLogGroupArn: "arn:aws:logs:us-east-1:111122223333:log-group:b",
    },
  },
  ServiceSoftwareOptions: {
    CurrentVersion: "OpenSearch_2_13_R20241003",
    UpdateAvailable: false,
    UpdateStatus: "COMPLETED" as const,
  },
};

const vpc = { VPCId: "vpc-0abc", SubnetIds: ["subnet-0abc"], SecurityGroupIds: ["sg-0abc"] };

export const SEARCH_ESTATE: EstateInput = {
  aws: {
    accounts: [
      {
        id: ACCOUNT,
        opensearch: {
          domains: [
            {
              DomainStatus: {
                DomainName: "alpha-open",
                ARN: arn("us-east-1", "alpha-open"),
                AccessPolicies: openPolicy("us-east-1", "alpha-open"),
                EncryptionAtRestOptions: { Enabled: false },
                NodeToNodeEncryptionOptions: { Enabled: false },
                DomainEndpointOptions: {
                  EnforceHTTPS: false,
                  TLSSecurityPolicy: "Policy-Min-TLS-1-0-2019-07",
                },
                AdvancedSecurityOptions: { Enabled: false },
                ServiceSoftwareOptions: {
                  UpdateAvailable: true,
                  UpdateStatus: "PENDING_UPDATE",
                  CurrentVersion: "R1",
                  NewVersion: "R2",
                },
              },
              TagList: [{ Key: "data-classification", Value: "phi" }],
            },
            {
              DomainStatus: {
                DomainName: "bravo-vpc-open-policy",
                ARN: arn("us-east-1", "bravo-vpc-open-policy"),
                AccessPolicies: JSON.stringify(openPolicy("us-east-1", "bravo-vpc-open-policy")),
                VPCOptions: vpc,
                ...hardened,
              },
            },
            {
              DomainStatus: {
                DomainName: "charlie-ip-restricted",
                ARN: arn("us-east-1", "charlie-ip-restricted"),
                AccessPolicies: {
                  Version: "2012-10-17",
                  Statement: [
                    {
                      Effect: "Allow",
                      Principal: { AWS: "*" },
                      Action: "es:ESHttp*",
                      Resource: `${arn("us-east-1", "charlie-ip-restricted")}/*`,
                      Condition: { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } },
                    },
                  ],
                },
                ...hardened,
                EncryptionAtRestOptions: { Enabled: true, KmsKeyId: AWS_ES_KEY },
              },
            },
            {
              DomainStatus: {
                DomainName: "delta-legacy-es",
                ARN: arn("us-east-1", "delta-legacy-es"),
                EngineVersion: "Elasticsearch_7.10",
                VPCOptions: vpc,
                ...hardened,
              },
            },
            {
              DomainStatus: {
                DomainName: "echo-fgac-open",
                ARN: arn("us-east-1", "echo-fgac-open"),
                AccessPolicies: openPolicy("us-east-1", "echo-fgac-open"),
                ...hardened,
                AdvancedSecurityOptions: {
                  Enabled: true,
                  InternalUserDatabaseEnabled: true,
                  AnonymousAuthEnabled: false,
                },
              },
            },
            {
              DomainStatus: {
                DomainName: "foxtrot-hardened",
                ARN: arn("us-east-1", "foxtrot-hardened"),
                VPCOptions: vpc,
                ...hardened,
              },
            },
            {
              DomainStatus: {
                DomainName: "secret-patients",
                ARN: arn("us-east-1", "secret-patients"),
                VPCOptions: vpc,
                ...hardened,
              },
            },
            {
              DomainStatus: {
                DomainName: "west-anonymous",
                ARN: arn("us-west-2", "west-anonymous"),
                AccessPolicies: openPolicy("us-west-2", "west-anonymous"),
                ...hardened,
                EncryptionAtRestOptions: { Enabled: true },
                AdvancedSecurityOptions: {
                  Enabled: true,
                  AnonymousAuthEnabled: true,
                  AnonymousAuthDisableDate: "2026-12-15T00:00:00Z",
                },
              },
            },
          ],
        },
        kms: {
          keys: [
            {
              KeyMetadata: {
                KeyId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                Arn: CMK,
                KeyManager: "CUSTOMER",
              },
            },
            {
              KeyMetadata: {
                KeyId: "4d1f8c2a-1e3b-4f5a-9c7d-2b6e8a0f3c51",
                Arn: AWS_ES_KEY,
                KeyManager: "AWS",
              },
              Aliases: ["alias/aws/es"],
            },
          ],
        },
        opensearchServerless: {
          collections: [
            {
              id: "aaa111",
              name: "kb-public",
              type: "VECTORSEARCH",
              kmsKeyArn: "auto",
              tags: [{ key: "data-classification", value: "phi" }],
            },
            { id: "bbb222", name: "kb-private", type: "VECTORSEARCH", kmsKeyArn: CMK },
            { id: "ccc333", name: "logs-dashboards", type: "TIMESERIES", kmsKeyArn: CMK },
          ],
          securityPolicies: [
            {
              securityPolicyDetail: {
                type: "network",
                name: "kb-public-net",
                policy: [
                  {
                    Rules: [
                      { ResourceType: "collection", Resource: ["collection/kb-pub*"] },
                      { ResourceType: "dashboard", Resource: ["collection/kb-pub*"] },
                    ],
                    AllowFromPublic: true,
                  },
                ],
              },
            },
            {
              securityPolicyDetail: {
                type: "network",
                name: "kb-private-net",
                policy: JSON.stringify([
                  {
                    Rules: [{ ResourceType: "collection", Resource: ["collection/kb-private"] }],
                    AllowFromPublic: false,
                    SourceVPCEs: ["vpce-0123456789abcdef0"],
                  },
                ]),
              },
            },
            {
              securityPolicyDetail: {
                type: "network",
                name: "logs-net",
                policy: [
                  {
                    Rules: [{ ResourceType: "collection", Resource: ["collection/logs-*"] }],
                    AllowFromPublic: false,
                    SourceServices: ["bedrock.amazonaws.com"],
                  },
                  {
                    Rules: [{ ResourceType: "dashboard", Resource: ["collection/logs-*"] }],
                    AllowFromPublic: true,
                  },
                ],
              },
            },
            {
              securityPolicyDetail: {
                type: "encryption",
                name: "kb-owned",
                policy: {
                  Rules: [{ ResourceType: "collection", Resource: ["collection/kb-*"] }],
                  AWSOwnedKey: true,
                },
              },
            },
            {
              securityPolicyDetail: {
                type: "encryption",
                name: "logs-cmk",
                policy: {
                  Rules: [{ ResourceType: "collection", Resource: ["collection/logs-*"] }],
                  AWSOwnedKey: false,
                  KmsARN: CMK,
                },
              },
            },
          ],
        },
      },
    ],
  },
};

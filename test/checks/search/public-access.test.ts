import check from "../../../checks/search/public-access.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { domainAsset } from "./opensearch-assets.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { fromRecord } from "../../support/from-record.js";
import { azureProvider } from "../../../providers/azure/index.js";
import {
  azureSearchRecord,
  openDomainPolicy,
  openSearchDomainRecord,
  withoutReply,
} from "../../support/raw-records.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { PUBLIC, API_KEYS_ONLY } from "./azure-search.fixtures.js";

const rawDomain = (status: Record<string, unknown>) =>
  fromRecord(awsProvider, openSearchDomainRecord(status));

const open = {
  public: true,
  reasons: ['public endpoint and Statement 1 allows es:* to Principal {"AWS": "*"}'],
};
const noFgac = {
  fineGrainedAccessControl: false,
  internalUserDatabase: false,
  anonymousAuth: false,
  identityProviders: ["iam"],
  detail: "fine-grained access control off",
};

checkTable(check, {
  valid: [
    { name: "inside a VPC", messageId: "notPublic", asset: domainAsset() },
    {
      name: "public endpoint with an IP-restricted policy",
      messageId: "notPublic",
      asset: domainAsset({
        exposure: {
          public: false,
          reasons: ["public endpoint, but the access policy grants no public access"],
        },
        network: { placement: "public", detail: "public endpoint" },
      }),
    },
    {
      name: "raw OpenSearch record: open policy, but the domain is in a VPC",
      asset: rawDomain({
        AccessPolicies: openDomainPolicy(),
        VPCOptions: { VPCId: "vpc-1", SubnetIds: ["subnet-1"] },
      }),
      messageId: "notPublic",
    },
    {
      name: "raw Azure record: public network access disabled",
      asset: fromRecord(azureProvider, azureSearchRecord({ publicNetworkAccess: "disabled" })),
      messageId: "notPublic",
    },
    { name: "Azure AI Search: private endpoint only", messageId: "notPublic", asset: azureSearchAsset() },
  ],
  invalid: [
    {
      name: "open policy, no fine-grained access control",
      asset: domainAsset({ exposure: open, authentication: noFgac }),
      messageId: "public",
      data: {
        routes: ['public endpoint and Statement 1 allows es:* to Principal {"AWS": "*"}'],
        why: "no fine-grained access control",
      },
      severity: "critical",
    },
    {
      name: "open policy, fine-grained access control serving anonymous requests",
      asset: domainAsset({
        exposure: open,
        authentication: { ...noFgac, fineGrainedAccessControl: true, anonymousAuth: true },
      }),
      messageId: "public",
      data: {
        routes: ['public endpoint and Statement 1 allows es:* to Principal {"AWS": "*"}'],
        why: "fine-grained access control serves anonymous requests",
      },
      severity: "critical",
    },
    {
      name: "open policy, fine-grained access control still asks for credentials",
      asset: domainAsset({ exposure: open }),
      messageId: "publicBehindSignIn",
      data: {
        routes: ['public endpoint and Statement 1 allows es:* to Principal {"AWS": "*"}'],
        gate: "only fine-grained access control sign-in stands in the way",
      },
      severity: "high",
    },
    {
      name: "authenticated but phi-tagged: raised back to critical",
      asset: domainAsset({ exposure: open, dataClassification: "phi" }),
      messageId: "publicBehindSignIn",
      data: {
        routes: ['public endpoint and Statement 1 allows es:* to Principal {"AWS": "*"}'],
        gate: "only fine-grained access control sign-in stands in the way",
      },
      severity: "critical",
    },
    {
      name: "open policy, authentication unreadable: not assumed to help",
      asset: domainAsset({ exposure: open, authentication: unknown("DescribeDomains failed") }),
      messageId: "public",
      data: {
        routes: ['public endpoint and Statement 1 allows es:* to Principal {"AWS": "*"}'],
        why: "authentication unknown (DescribeDomains failed)",
      },
      severity: "critical",
    },
    {
      name: "raw OpenSearch record: public endpoint, open policy, no fine-grained access control",
      asset: rawDomain({ AccessPolicies: openDomainPolicy() }),
      messageId: "public",
      severity: "critical",
    },
    {
      name: "raw OpenSearch record: public endpoint, open policy, fine-grained access control on",
      asset: rawDomain({
        AccessPolicies: openDomainPolicy(),
        AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: true },
      }),
      messageId: "publicBehindSignIn",
      severity: "high",
    },
    {
      name: "raw Azure record: public network access enabled, no IP rule",
      asset: fromRecord(azureProvider, azureSearchRecord({ publicNetworkAccess: "enabled" })),
      messageId: "publicBehindSignIn",
    },
    {
      name: "Azure AI Search: open to the internet with API keys",
      asset: azureSearchAsset({ exposure: PUBLIC, authentication: API_KEYS_ONLY }),
      messageId: "publicBehindSignIn",
      data: {
        routes: ["public network access is enabled with no IP rule"],
        gate: "only an API key or an Entra ID token stands in the way",
      },
      severity: "high",
    },
    {
      name: "Azure AI Search: open to the internet, confidential data",
      asset: azureSearchAsset({
        exposure: PUBLIC,
        authentication: API_KEYS_ONLY,
        dataClassification: "confidential",
      }),
      messageId: "publicBehindSignIn",
      data: {
        routes: ["public network access is enabled with no IP rule"],
        gate: "only an API key or an Entra ID token stands in the way",
      },
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "access policy unreadable",
      asset: domainAsset({
        exposure: unknown("public endpoint; access policy: DescribeDomains failed: AccessDeniedException"),
      }),
      messageId: "cannotTell",
      data: {
        reason: "public endpoint; access policy: DescribeDomains failed: AccessDeniedException",
      },
    },
    {
      name: "raw OpenSearch record: DescribeDomains was not read",
      asset: fromRecord(
        awsProvider,
        withoutReply(openSearchDomainRecord({ AccessPolicies: openDomainPolicy() }), "DescribeDomains"),
      ),
      messageId: "cannotTell",
    },
    {
      name: "Azure AI Search: listing denied",
      messageId: "cannotTell",
      asset: azureSearchAsset({ exposure: unknown("denied") }),
    },
  ],
});

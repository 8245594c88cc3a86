// Builders for OpenSearch search assets: a hardened domain by default, so each row changes one thing.
import type { SearchAsset } from "../../../src/model/assets/search.js";
import type {
  SearchServerlessAsset,
  ServerlessEndpointAccess,
} from "../../../src/model/assets/search-serverless.js";
import { unknown } from "../../../src/model/known.js";

export const DENIED = unknown("DescribeDomains failed: AccessDeniedException");

export function domainAsset(overrides: Partial<SearchAsset> = {}): SearchAsset {
  return {
    id: "arn:aws:es:us-east-1:111122223333:domain/vectors",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    kind: "search",
    type: "aws.opensearch.domain",
    name: "vectors",
    tags: {},
    relations: [],
    raw: {},
    engineVersion: "OpenSearch_2.13",
    exposure: { public: false, reasons: ["inside VPC vpc-1: no internet endpoint"] },
    network: { placement: "vpc", networkId: "vpc-1", subnetIds: ["subnet-1"], detail: "VPC vpc-1" },
    encryptionAtRest: {
      enabled: true,
      keyManager: "customer",
      algorithm: "AES-256",
      keyId: "arn:aws:kms:us-east-1:111122223333:key/k",
    },
    nodeToNodeEncryption: { enabled: true },
    transport: { httpsEnforced: true, minimumTlsVersion: "1.2", tlsPolicy: "Policy-Min-TLS-1-2-PFS-2023-10" },
    authentication: {
      fineGrainedAccessControl: true,
      internalUserDatabase: false,
      anonymousAuth: false,
      identityProviders: ["iam", "saml"],
      detail: "fine-grained access control on",
    },
    logging: {
      audit: { enabled: true, destination: "arn:aws:logs:us-east-1:111122223333:log-group:audit" },
      error: { enabled: true, destination: "arn:aws:logs:us-east-1:111122223333:log-group:app" },
    },
    pendingUpdate: {
      pending: false,
      status: "COMPLETED",
      detail: "OpenSearch_2_13_R20241003 is current (COMPLETED)",
    },
    cluster: {
      dataNodes: 3,
      zoneAwareness: true,
      availabilityZones: 3,
      dedicatedMaster: true,
      dedicatedMasterCount: 3,
      detail: "3 data node(s), zone awareness across 3 AZs, 3 dedicated master node(s)",
    },
    ...overrides,
  };
}

const privateAccess = (what: string): ServerlessEndpointAccess => ({
  public: false,
  policies: ["private"],
  vpcEndpoints: ["vpce-1"],
  services: [],
  detail: `${what} reachable only from VPC endpoints vpce-1 (network policy "private")`,
});

export function collectionAsset(overrides: Partial<SearchServerlessAsset> = {}): SearchServerlessAsset {
  return {
    id: "arn:aws:aoss:us-east-1:111122223333:collection/abc123",
    provider: "aws",
    account: "111122223333",
    region: "us-east-1",
    kind: "search-serverless",
    type: "aws.aoss.collection",
    name: "rag-vectors",
    tags: {},
    relations: [],
    raw: {},
    collectionType: "VECTORSEARCH",
    exposure: { public: false, reasons: [] },
    network: { collection: privateAccess("collection endpoint"), dashboards: privateAccess("dashboards") },
    encryptionAtRest: {
      enabled: true,
      keyManager: "customer",
      algorithm: "AES-256",
      keyId: "arn:aws:kms:us-east-1:111122223333:key/k",
    },
    encryptionPolicies: ["cmk"],
    ...overrides,
  };
}

export { privateAccess };

// Normalization of OpenSearch domains and OpenSearch Serverless collections from inventory records: the
// exposure rule, key management, TLS policy parsing, pending updates, and policy-to-collection matching.
import { describe, expect, it } from "vitest";
import { normalizeAws } from "../../../providers/aws/normalize.js";
import { ruleCovers } from "../../../providers/aws/opensearch-serverless/policies.js";
import type { SearchAsset } from "../../../src/model/assets/search.js";
import type { SearchServerlessAsset } from "../../../src/model/assets/search-serverless.js";
import { emptyInventory, type InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";

const ACCOUNT = "111122223333";
const ARN = `arn:aws:es:us-east-1:${ACCOUNT}:domain/d1`;

function domainRecord(
  status: Record<string, unknown> | undefined,
  extra: Record<string, unknown> = {},
): InventoryRecord {
  return {
    provider: "aws",
    account: ACCOUNT,
    region: "us-east-1",
    service: "opensearch",
    resourceType: "aws.opensearch.domain",
    resourceId: ARN,
    name: "d1",
    replies: {
      ListDomainNames: { DomainName: "d1", EngineType: "OpenSearch" },
      ...(status ? { DescribeDomains: { DomainName: "d1", ARN, ...status } } : {}),
      ListTags: [],
      ...extra,
    },
  };
}

function normalizeDomain(record: InventoryRecord, errors = emptyInventory().errors): SearchAsset {
  const inventory = { ...emptyInventory(), records: [record], errors };
  const { assets, errors: normalizeErrors } = normalizeAws(inventory);
  expect(normalizeErrors).toEqual([]);
  return assets[0] as SearchAsset;
}

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Resource: `${ARN}/*`, ...statement }],
  });
const OPEN = policy({ Principal: { AWS: "*" }, Action: "es:ESHttp*" });

describe("OpenSearch domain exposure", () => {
  it("public endpoint + public policy is public", () => {
    const asset = normalizeDomain(domainRecord({ AccessPolicies: OPEN }));
    expect(asset.exposure).toMatchObject({ public: true });
    expect(asset.network).toMatchObject({ placement: "public" });
  });

  it("an aws:SourceIp-restricted policy is not public", () => {
    const ip = policy({
      Principal: { AWS: "*" },
      Action: "es:ESHttp*",
      Condition: { IpAddress: { "aws:SourceIp": "198.51.100.0/24" } },
    });
    expect(normalizeDomain(domainRecord({ AccessPolicies: ip })).exposure).toMatchObject({ public: false });
  });

  it("a VPC domain is not exposed whatever its policy says, and the evidence says so", () => {
    const asset = normalizeDomain(
      domainRecord({ AccessPolicies: OPEN, VPCOptions: { VPCId: "vpc-1", SubnetIds: ["s"] } }),
    );
    expect(asset.exposure).toMatchObject({ public: false });
    expect(!isUnknown(asset.exposure) && asset.exposure.reasons[0]).toMatch(
      /inside VPC vpc-1.*would let anyone in/,
    );
    expect(asset.network).toMatchObject({ placement: "vpc", networkId: "vpc-1" });
  });

  it.each([
    ["absent", undefined],
    ["empty string", ""],
    ["empty object", "{}"],
  ])("no access policy (%s) is not public", (_name, AccessPolicies) => {
    const status = AccessPolicies === undefined ? {} : { AccessPolicies };
    expect(normalizeDomain(domainRecord(status)).exposure).toMatchObject({ public: false });
  });

  it("a policy that cannot be parsed leaves a public domain unknown, not private", () => {
    const asset = normalizeDomain(domainRecord({ AccessPolicies: "{not json" }));
    expect(isUnknown(asset.exposure)).toBe(true);
  });

  it("DescribeDomains denied: every property unknown, naming the failure", () => {
    const errors = [
      {
        provider: "aws" as const,
        account: ACCOUNT,
        region: "us-east-1",
        service: "opensearch",
        operation: "DescribeDomains",
        resource: "d1",
        code: "AccessDeniedException",
        message: "denied",
      },
    ];
    const asset = normalizeDomain(domainRecord(undefined), errors);
    for (const key of [
      "exposure",
      "network",
      "encryptionAtRest",
      "transport",
      "authentication",
      "logging",
      "pendingUpdate",
    ] as const) {
      expect(asset[key]).toMatchObject({
        unknown: true,
        reason: "DescribeDomains failed: AccessDeniedException",
      });
    }
  });
});

describe("OpenSearch domain settings", () => {
  it("key manager comes from KMS DescribeKey; no key named means aws/es; unresolved is unknown", () => {
    const key = "arn:aws:kms:us-east-1:111122223333:key/k1";
    const enc = (extra: Record<string, unknown>, KmsKeyId?: string) =>
      normalizeDomain(
        domainRecord(
          { EncryptionAtRestOptions: { Enabled: true, ...(KmsKeyId ? { KmsKeyId } : {}) } },
          extra,
        ),
      ).encryptionAtRest;
    expect(enc({ "kms:DescribeKey": { KeyManager: "CUSTOMER" } }, key)).toMatchObject({
      keyManager: "customer",
      keyId: key,
    });
    expect(enc({ "kms:DescribeKey": { KeyManager: "AWS" } }, key)).toMatchObject({ keyManager: "provider" });
    expect(enc({})).toMatchObject({ enabled: true, keyManager: "provider" });
    expect(enc({}, "arn:aws:kms:us-east-1:111122223333:alias/aws/es")).toMatchObject({
      keyManager: "provider",
    });
    expect(enc({}, key)).toMatchObject({
      unknown: true,
      reason: expect.stringMatching(/aws\/es or a customer managed key/),
    });
    expect(
      normalizeDomain(domainRecord({ EncryptionAtRestOptions: { Enabled: false } })).encryptionAtRest,
    ).toEqual({
      enabled: false,
      keyManager: "none",
    });
  });

  it("TLS security policies map to their minimum version", () => {
    const tls = (TLSSecurityPolicy?: string, EnforceHTTPS = true) =>
      normalizeDomain(
        domainRecord({
          DomainEndpointOptions: { EnforceHTTPS, ...(TLSSecurityPolicy ? { TLSSecurityPolicy } : {}) },
        }),
      ).transport;
    expect(tls("Policy-Min-TLS-1-0-2019-07")).toMatchObject({
      httpsEnforced: true,
      minimumTlsVersion: "1.0",
    });
    expect(tls("Policy-Min-TLS-1-2-2019-07")).toMatchObject({ minimumTlsVersion: "1.2" });
    expect(tls("Policy-Min-TLS-1-2-PFS-2023-10")).toMatchObject({ minimumTlsVersion: "1.2" });
    expect(tls(undefined)).toEqual({ httpsEnforced: true });
    expect(normalizeDomain(domainRecord({})).transport).toMatchObject({ httpsEnforced: false });
  });

  it("authentication: internal users and anonymous auth only count with FGAC on", () => {
    const auth = (options: Record<string, unknown>) =>
      normalizeDomain(domainRecord({ AdvancedSecurityOptions: options })).authentication;
    expect(
      auth({ Enabled: false, InternalUserDatabaseEnabled: true, AnonymousAuthEnabled: true }),
    ).toMatchObject({
      fineGrainedAccessControl: false,
      internalUserDatabase: false,
      anonymousAuth: false,
    });
    expect(
      auth({ Enabled: true, InternalUserDatabaseEnabled: true, SAMLOptions: { Enabled: true } }),
    ).toMatchObject({
      fineGrainedAccessControl: true,
      internalUserDatabase: true,
      identityProviders: ["iam", "saml", "internal-users"],
    });
    const anonymous = auth({
      Enabled: true,
      AnonymousAuthEnabled: true,
      AnonymousAuthDisableDate: new Date("2026-12-15T00:00:00Z"),
    });
    expect(anonymous).toMatchObject({
      anonymousAuth: true,
      detail: expect.stringContaining("until 2026-12-15T00:00:00.000Z"),
    });
  });

  it("logs: AUDIT_LOGS and ES_APPLICATION_LOGS count only when enabled", () => {
    const logging = normalizeDomain(
      domainRecord({
        LogPublishingOptions: {
          AUDIT_LOGS: { Enabled: false, CloudWatchLogsLogGroupArn: "lg-a" },
          ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: "lg-b" },
          SEARCH_SLOW_LOGS: { Enabled: true },
        },
      }),
    ).logging;
    expect(logging).toEqual({ audit: { enabled: false }, error: { enabled: true, destination: "lg-b" } });
  });

  it.each([
    [{ UpdateAvailable: true, UpdateStatus: "PENDING_UPDATE" }, true],
    [{ UpdateAvailable: false, UpdateStatus: "ELIGIBLE" }, true],
    [{ UpdateAvailable: false, UpdateStatus: "IN_PROGRESS" }, false],
    [{ UpdateAvailable: false, UpdateStatus: "COMPLETED" }, false],
    [{ UpdateAvailable: false, UpdateStatus: "NOT_ELIGIBLE" }, false],
  ])("service software %o → pending %s", (options, pending) => {
    expect(normalizeDomain(domainRecord({ ServiceSoftwareOptions: options })).pendingUpdate).toMatchObject({
      pending,
    });
  });

  it("a scheduled automatic update date is kept; the epoch placeholder is not", () => {
    const at = (AutomatedUpdateDate: unknown) =>
      normalizeDomain(
        domainRecord({ ServiceSoftwareOptions: { UpdateAvailable: true, AutomatedUpdateDate } }),
      ).pendingUpdate;
    expect(at(new Date("2026-12-20T03:00:00Z"))).toMatchObject({
      automatedUpdateDate: "2026-12-20T03:00:00.000Z",
    });
    expect(at("1970-01-01T00:00:00.000Z")).not.toHaveProperty("automatedUpdateDate");
  });

  it("node layout: counts and flags as reported; fields not reported stay absent; no ClusterConfig is unknown", () => {
    const cluster = (ClusterConfig: unknown) =>
      normalizeDomain(domainRecord(ClusterConfig === undefined ? {} : { ClusterConfig })).cluster;
    expect(
      cluster({
        InstanceCount: 3,
        ZoneAwarenessEnabled: true,
        ZoneAwarenessConfig: { AvailabilityZoneCount: 3 },
        DedicatedMasterEnabled: true,
        DedicatedMasterCount: 3,
      }),
    ).toEqual({
      dataNodes: 3,
      zoneAwareness: true,
      availabilityZones: 3,
      dedicatedMaster: true,
      dedicatedMasterCount: 3,
      detail: "3 data node(s), zone awareness across 3 AZs, 3 dedicated master node(s)",
    });
    const partial = cluster({ InstanceCount: 2 });
    expect(partial).not.toHaveProperty("zoneAwareness");
    expect(partial).not.toHaveProperty("dedicatedMaster");
    expect(isUnknown(cluster(undefined))).toBe(true);
  });

  it("tags carry the data classification", () => {
    const asset = normalizeDomain({
      ...domainRecord({}),
      replies: { ...domainRecord({}).replies, ListTags: [{ Key: "Data-Classification", Value: "PHI" }] },
    });
    expect(asset.dataClassification).toBe("phi");
  });
});

describe("OpenSearch Serverless policy matching", () => {
  it.each([
    ["collection/kb", "kb", true],
    ["collection/kb", "kb2", false],
    ["collection/kb*", "kb2", true],
    ["collection/*", "anything", true],
    ["collection/k.b", "kxb", false],
    ["index/kb/*", "kb", false],
  ])("%s covers %s: %s", (pattern, name, expected) => {
    expect(ruleCovers({ ResourceType: "collection", Resource: [pattern] }, "collection", name)).toBe(
      expected,
    );
  });

  it("a rule of another resource type does not cover", () => {
    expect(ruleCovers({ ResourceType: "dashboard", Resource: ["collection/kb"] }, "collection", "kb")).toBe(
      false,
    );
  });
});

function collectionRecord(replies: Record<string, unknown>): InventoryRecord {
  return {
    provider: "aws",
    account: ACCOUNT,
    region: "us-east-1",
    service: "opensearchserverless",
    resourceType: "aws.aoss.collection",
    resourceId: `arn:aws:aoss:us-east-1:${ACCOUNT}:collection/c1`,
    name: "kb",
    replies: { ListCollections: { id: "c1", name: "kb" }, ListTagsForResource: [], ...replies },
  };
}

const netPolicy = (name: string, policy: unknown) => ({ type: "network", name, policy });
const encPolicy = (name: string, policy: unknown) => ({ type: "encryption", name, policy });
const listed = (...names: string[]) => names.map((name) => ({ name }));

function normalizeCollection(replies: Record<string, unknown>): SearchServerlessAsset {
  const { assets, errors } = normalizeAws({ ...emptyInventory(), records: [collectionRecord(replies)] });
  expect(errors).toEqual([]);
  return assets[0] as SearchServerlessAsset;
}

describe("OpenSearch Serverless collection normalization", () => {
  const privateNet = netPolicy("private", [
    {
      Rules: [{ ResourceType: "collection", Resource: ["collection/kb"] }],
      AllowFromPublic: false,
      SourceVPCEs: ["vpce-1"],
    },
  ]);
  const publicOther = netPolicy("other", [
    { Rules: [{ ResourceType: "collection", Resource: ["collection/other*"] }], AllowFromPublic: true },
  ]);

  it("only policies whose rules name the collection count", () => {
    const asset = normalizeCollection({
      "network:ListSecurityPolicies": listed("private", "other"),
      "network:GetSecurityPolicy": [privateNet, publicOther],
      "encryption:ListSecurityPolicies": [],
      "encryption:GetSecurityPolicy": [],
      BatchGetCollection: { id: "c1", name: "kb", kmsKeyArn: "auto", type: "SEARCH" },
    });
    expect(asset.exposure).toMatchObject({ public: false });
    expect(asset.network).toMatchObject({
      collection: { public: false, policies: ["private"], vpcEndpoints: ["vpce-1"] },
      dashboards: { public: false, policies: [], detail: expect.stringMatching(/no network policy covers/) },
    });
    expect(asset.encryptionAtRest).toMatchObject({ keyManager: "provider" });
    expect(asset.collectionType).toBe("SEARCH");
  });

  it("policy documents given as JSON text are read the same", () => {
    const asset = normalizeCollection({
      "network:ListSecurityPolicies": listed("p"),
      "network:GetSecurityPolicy": [
        netPolicy(
          "p",
          JSON.stringify([
            { Rules: [{ ResourceType: "dashboard", Resource: ["collection/k*"] }], AllowFromPublic: true },
          ]),
        ),
      ],
      "encryption:ListSecurityPolicies": [],
      "encryption:GetSecurityPolicy": [],
    });
    expect(asset.network).toMatchObject({ collection: { public: false }, dashboards: { public: true } });
    expect(asset.exposure).toMatchObject({ public: true });
  });

  it("listing failed: network unknown", () => {
    const asset = normalizeCollection({ BatchGetCollection: { kmsKeyArn: "auto" } });
    expect(isUnknown(asset.network)).toBe(true);
    expect(isUnknown(asset.exposure)).toBe(true);
    // The collection's own kmsKeyArn decides encryption without the policies.
    expect(asset.encryptionAtRest).toMatchObject({ keyManager: "provider" });
  });

  it("without kmsKeyArn, agreeing encryption policies decide; disagreeing or unread ones leave it unknown", () => {
    const cmk = encPolicy("cmk", {
      Rules: [{ ResourceType: "collection", Resource: ["collection/kb*"] }],
      KmsARN: "arn:aws:kms:us-east-1:111122223333:key/k",
    });
    const owned = encPolicy("owned", {
      Rules: [{ ResourceType: "collection", Resource: ["collection/*"] }],
      AWSOwnedKey: true,
    });
    const base = { "network:ListSecurityPolicies": [], "network:GetSecurityPolicy": [] };
    expect(
      normalizeCollection({
        ...base,
        "encryption:ListSecurityPolicies": listed("cmk"),
        "encryption:GetSecurityPolicy": [cmk],
      }).encryptionAtRest,
    ).toMatchObject({ keyManager: "customer", keyId: "arn:aws:kms:us-east-1:111122223333:key/k" });
    expect(
      isUnknown(
        normalizeCollection({
          ...base,
          "encryption:ListSecurityPolicies": listed("cmk", "owned"),
          "encryption:GetSecurityPolicy": [cmk, owned],
        }).encryptionAtRest,
      ),
    ).toBe(true);
    expect(
      isUnknown(
        normalizeCollection({
          ...base,
          "encryption:ListSecurityPolicies": listed("cmk", "owned"),
          "encryption:GetSecurityPolicy": [cmk],
        }).encryptionAtRest,
      ),
    ).toBe(true);
  });

  it("a malformed policy document is a normalization error, not a silent private collection", () => {
    const { assets, errors } = normalizeAws({
      ...emptyInventory(),
      records: [
        collectionRecord({
          "network:ListSecurityPolicies": listed("bad"),
          "network:GetSecurityPolicy": [netPolicy("bad", "{broken")],
          "encryption:ListSecurityPolicies": [],
          "encryption:GetSecurityPolicy": [],
        }),
      ],
    });
    expect(assets).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({
        code: "MalformedInventoryRecord",
        resource: expect.stringContaining("collection/c1"),
      }),
    ]);
  });
});

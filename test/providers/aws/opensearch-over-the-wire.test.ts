import { AWS_OPERATIONS } from "../../../providers/aws/operations.js";
// The OpenSearch and OpenSearch Serverless collectors through the official SDK clients against the emulated
// cloud: batching, pagination, throttling storms, AccessDenied on one resource, malformed replies.
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator, type EmulatorOptions } from "../../../mocks/index.js";
import type { AwsCollectContext } from "../../../providers/aws/context.js";
import { normalizeAws } from "../../../providers/aws/normalize.js";
import { collectOpenSearch } from "../../../providers/aws/opensearch/collect.js";
import { collectOpenSearchServerless } from "../../../providers/aws/opensearch-serverless/collect.js";
import { AwsReader } from "../../../providers/aws/reader.js";
import { evaluateAssets } from "../../../src/engine/evaluate.js";
import type { Asset } from "../../../src/model/asset.js";
import type { SearchAsset } from "../../../src/model/assets/search.js";
import type { SearchServerlessAsset } from "../../../src/model/assets/search-serverless.js";
import type { Finding } from "../../../src/model/finding.js";
import { emptyInventory, type Inventory } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";
import { ACCOUNT, REGIONS, SEARCH_ESTATE } from "./opensearch-fixtures.js";

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

interface Scan {
  inventory: Inventory;
  assets: Asset[];
  findings: Finding[];
  emulator: Emulator;
}

async function scan(options: Partial<EmulatorOptions> = {}): Promise<Scan> {
  emulator = await startEmulator({ estate: SEARCH_ESTATE, ...options });
  const inventory = emptyInventory();
  const ctx: AwsCollectContext = {
    account: ACCOUNT,
    partition: "aws",
    options: { endpoint: emulator.endpoint, concurrency: 8, maxAttempts: 8, regions: REGIONS },
    reader: new AwsReader(pLimit(8), inventory.errors, () => ACCOUNT, AWS_OPERATIONS),
    inventory,
  };
  await Promise.all([collectOpenSearch(ctx), collectOpenSearchServerless(ctx)]);
  const { assets, errors } = normalizeAws(inventory);
  expect(errors).toEqual([]);
  return { inventory, assets, findings: evaluateAssets(assets, ALL_CHECKS), emulator };
}

const verdicts = (findings: Finding[]) =>
  findings.map((f) => `${f.checkId} ${f.resource.name} ${f.status} ${f.severity}`).sort();
const finding = (s: Scan, check: string, name: string) =>
  s.findings.find((f) => f.checkId === check && f.resource.name === name);
const domain = (s: Scan, name: string) =>
  s.assets.find((a): a is SearchAsset => a.kind === "search" && a.name === name);
const collection = (s: Scan, name: string) =>
  s.assets.find((a): a is SearchServerlessAsset => a.kind === "search-serverless" && a.name === name);

describe("OpenSearch over the wire", () => {
  it("lists both engines per region, describes five domains per call, and reads only", async () => {
    const s = await scan();
    expect(s.inventory.errors).toEqual([]);
    expect(s.emulator.writesAttempted()).toEqual([]);
    const calls = s.emulator.calls();
    expect(calls["opensearch:ListDomainNames"]).toBe(REGIONS.length);
    // 7 domains in us-east-1 → batches of 5 and 2; 1 in us-west-2.
    expect(calls["opensearch:DescribeDomains"]).toBe(3);
    expect(calls["opensearch:ListTags"]).toBe(8);
    // Two distinct named keys, each described once however many domains use it.
    expect(calls["kms:DescribeKey"]).toBe(2);
    expect(domain(s, "delta-legacy-es")?.engineVersion).toBe("Elasticsearch_7.10");
    expect(s.assets.filter((a) => a.kind === "search")).toHaveLength(8);

    expect(finding(s, "search.public-access", "alpha-open")).toMatchObject({
      status: "fail",
      severity: "critical",
    });
    expect(finding(s, "search.public-access", "echo-fgac-open")).toMatchObject({
      status: "fail",
      severity: "high",
    });
    expect(finding(s, "search.public-access", "west-anonymous")).toMatchObject({
      status: "fail",
      severity: "critical",
    });
    expect(finding(s, "search.public-access", "charlie-ip-restricted")?.status).toBe("pass");
    const vpcOpen = finding(s, "search.public-access", "bravo-vpc-open-policy");
    expect(vpcOpen?.status).toBe("pass");
    expect(vpcOpen?.message).toMatch(
      /inside VPC vpc-0abc.*whatever its access policy says.*would let anyone in/,
    );
    // The AWS managed aws/es key is reported by key ARN; KMS DescribeKey tells it apart.
    expect(finding(s, "search.customer-managed-key", "charlie-ip-restricted")?.status).toBe("fail");
    expect(finding(s, "search.customer-managed-key", "foxtrot-hardened")?.status).toBe("pass");
    // No key named: OpenSearch used aws/es without a KMS call.
    expect(finding(s, "search.customer-managed-key", "west-anonymous")?.status).toBe("fail");
    expect(finding(s, "search.software-update-pending", "alpha-open")?.message).toMatch(/R1 → R2/);
    const hardened = s.findings.filter((f) => f.resource.name === "foxtrot-hardened");
    expect(hardened.length).toBe(14);
    expect(hardened.filter((f) => f.status !== "pass")).toEqual([]);
  });

  it("reads collections and matches the region's network and encryption policies to each", async () => {
    const s = await scan();
    const calls = s.emulator.calls();
    expect(calls["aoss:ListCollections"]).toBe(REGIONS.length);
    expect(calls["aoss:BatchGetCollection"]).toBe(1);
    // Policies are only read where collections exist (us-east-1): network and encryption.
    expect(calls["aoss:ListSecurityPolicies"]).toBe(2);
    expect(calls["aoss:GetSecurityPolicy"]).toBe(5);
    expect(finding(s, "search-serverless.public-network", "kb-public")).toMatchObject({
      status: "fail",
      severity: "critical",
    });
    expect(finding(s, "search-serverless.public-network", "kb-private")?.status).toBe("pass");
    expect(finding(s, "search-serverless.public-network", "logs-dashboards")).toMatchObject({
      status: "fail",
      severity: "medium",
    });
    expect(finding(s, "search-serverless.aws-owned-key", "kb-public")?.status).toBe("fail");
    expect(finding(s, "search-serverless.aws-owned-key", "logs-dashboards")?.status).toBe("pass");
    const net = collection(s, "kb-private")?.network;
    expect(!isUnknown(net) && net?.collection).toMatchObject({
      public: false,
      policies: ["kb-private-net"],
      vpcEndpoints: ["vpce-0123456789abcdef0"],
    });
    expect(collection(s, "kb-public")?.encryptionPolicies).toEqual(["kb-owned"]);
  });

  it("gives the same verdicts with a page size of 1", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const paged = await scan({ pageSize: 1 });
    const calls = paged.emulator.calls();
    expect(calls["aoss:ListCollections"]).toBe(3 + 1); // three pages in us-east-1, one empty in us-west-2
    expect(calls["aoss:ListSecurityPolicies"]).toBe(3 + 2);
    expect(paged.inventory.errors).toEqual([]);
    expect(verdicts(paged.findings)).toEqual(verdicts(clean.findings));
  });

  it("gives the same verdicts through a small throttling storm, retried by the SDK", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const twice = { firstAttempts: 2, retryAfterSeconds: 0 };
    const stormy = await scan({
      faults: {
        throttle: [
          { service: "opensearch", operation: "DescribeDomains", resource: "*alpha-open*", ...twice },
          { service: "opensearch", operation: "ListTags", resource: "echo-fgac-open", ...twice },
          { service: "kms", operation: "DescribeKey", resource: "*", firstAttempts: 1, retryAfterSeconds: 0 },
          { service: "aoss", operation: "GetSecurityPolicy", resource: "kb-public-net", ...twice },
          { service: "aoss", operation: "ListCollections", firstAttempts: 1, retryAfterSeconds: 0 },
        ],
      },
    });
    expect(stormy.inventory.errors).toEqual([]);
    expect(stormy.emulator.calls()["opensearch:DescribeDomains"]).toBe(3 + 2);
    expect(verdicts(stormy.findings)).toEqual(verdicts(clean.findings));
  });

  it("AccessDenied on one domain: the batch is retried per domain, only that domain is unknown", async () => {
    const clean = await scan();
    await clean.emulator.close();
    const s = await scan({
      faults: {
        accessDenied: [
          { service: "opensearch", operation: "DescribeDomains", resource: "*secret-patients*" },
        ],
      },
    });
    expect(s.inventory.errors).toEqual([
      expect.objectContaining({
        service: "opensearch",
        operation: "DescribeDomains",
        resource: "secret-patients",
        code: "AccessDeniedException",
        region: "us-east-1",
      }),
    ]);
    const denied = domain(s, "secret-patients");
    expect(denied).toBeDefined();
    expect(isUnknown(denied?.exposure)).toBe(true);
    expect(isUnknown(denied?.encryptionAtRest)).toBe(true);
    const secret = s.findings.filter((f) => f.resource.name === "secret-patients");
    expect(secret.length).toBe(14);
    expect(secret.every((f) => f.status === "unknown")).toBe(true);
    expect(secret[0]?.message).toMatch(/DescribeDomains failed: AccessDeniedException/);
    // Its batch-mates were read one by one and keep their verdicts.
    const others = (f: Finding[]) => verdicts(f.filter((x) => x.resource.name !== "secret-patients"));
    expect(others(s.findings)).toEqual(others(clean.findings));
  });

  it("AccessDenied on a KMS key or a network policy makes only what depends on it unknown", async () => {
    const s = await scan({
      faults: {
        accessDenied: [
          { service: "kms", operation: "DescribeKey", resource: "*4d1f8c2a*" },
          { service: "aoss", operation: "GetSecurityPolicy", resource: "kb-private-net" },
        ],
      },
    });
    expect(
      s.inventory.errors.map((e) => `${e.service}:${e.operation} ${e.resource} ${e.code}`).sort(),
    ).toEqual([
      `kms:DescribeKey arn:aws:kms:us-east-1:${ACCOUNT}:key/4d1f8c2a-1e3b-4f5a-9c7d-2b6e8a0f3c51 AccessDeniedException`,
      "opensearchserverless:GetSecurityPolicy kb-private-net AccessDeniedException",
    ]);
    expect(finding(s, "search.customer-managed-key", "charlie-ip-restricted")?.status).toBe("unknown");
    expect(finding(s, "search.customer-managed-key", "foxtrot-hardened")?.status).toBe("pass");
    // The unread policy might cover kb-private: unknown, never a pass.
    expect(finding(s, "search-serverless.public-network", "kb-private")?.status).toBe("unknown");
    // kb-public is open through a policy that was read: still a failure, whatever the unread one says.
    expect(finding(s, "search-serverless.public-network", "kb-public")?.status).toBe("fail");
  });

  it("a malformed reply is a gap for what it would have answered, not a crash or a pass", async () => {
    const s = await scan({
      faults: {
        malformed: [
          { service: "opensearch", operation: "DescribeDomains", resource: "*alpha-open*" },
          { service: "aoss", operation: "ListCollections" },
        ],
      },
    });
    const describe = s.inventory.errors.filter((e) => e.operation === "DescribeDomains");
    expect(describe.map((e) => e.resource)).toEqual(["alpha-open"]);
    expect(finding(s, "search.public-access", "alpha-open")?.status).toBe("unknown");
    expect(finding(s, "search.public-access", "echo-fgac-open")?.status).toBe("fail");
    // A failed listing hides the region's collections: an error entry per region, no silent empty pass.
    const listing = s.inventory.errors.filter((e) => e.operation === "ListCollections");
    expect(listing.map((e) => e.region).sort()).toEqual(REGIONS);
    expect(s.assets.filter((a) => a.kind === "search-serverless")).toEqual([]);
  });
});

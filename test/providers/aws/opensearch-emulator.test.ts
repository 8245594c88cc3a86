// The emulated OpenSearch, OpenSearch Serverless and KMS services through the official SDK clients: shapes,
// the services' own error codes, pagination tokens, the read-only guard and estate validation.
import {
  CreateDomainCommand,
  DescribeDomainCommand,
  DescribeDomainsCommand,
  ListDomainNamesCommand,
  ListTagsCommand,
  OpenSearchClient,
} from "@aws-sdk/client-opensearch";
import {
  BatchGetCollectionCommand,
  GetSecurityPolicyCommand,
  ListCollectionsCommand,
  ListSecurityPoliciesCommand,
  OpenSearchServerlessClient,
  UpdateSecurityPolicyCommand,
} from "@aws-sdk/client-opensearchserverless";
import { DecryptCommand, DescribeKeyCommand, KMSClient } from "@aws-sdk/client-kms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEstate, startEmulator, type Emulator } from "../../../mocks/index.js";
import { ACCOUNT, SEARCH_ESTATE } from "./opensearch-fixtures.js";
import { opensearchServerlessEstate } from "../../../providers/aws/opensearch-serverless/emulator/estate.js";

const credentials = { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" };
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ estate: SEARCH_ESTATE, pageSize: 2 });
});
afterAll(async () => emu.close());

const config = (region = "us-east-1") => ({ endpoint: emu.endpoint, region, credentials, maxAttempts: 1 });
const os = (region?: string) => new OpenSearchClient(config(region));
const aoss = (region?: string) => new OpenSearchServerlessClient(config(region));
const kms = (region?: string) => new KMSClient(config(region));

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, status: e.$metadata?.httpStatusCode };
  }
  throw new Error("expected the call to fail");
}

describe("emulated OpenSearch Service (restJson1)", () => {
  it("ListDomainNames returns the region's domains of both engines, filtered by engineType", async () => {
    const all = await os().send(new ListDomainNamesCommand({}));
    expect(all.DomainNames).toHaveLength(7);
    expect(all.DomainNames).toContainEqual({ DomainName: "delta-legacy-es", EngineType: "Elasticsearch" });
    const es = await os().send(new ListDomainNamesCommand({ EngineType: "Elasticsearch" }));
    expect(es.DomainNames?.map((d) => d.DomainName)).toEqual(["delta-legacy-es"]);
    const west = await os("us-west-2").send(new ListDomainNamesCommand({}));
    expect(west.DomainNames?.map((d) => d.DomainName)).toEqual(["west-anonymous"]);
  });

  it("DescribeDomains returns DomainStatus with the access policy as a JSON string and SDK-typed timestamps", async () => {
    const reply = await os("us-west-2").send(
      new DescribeDomainsCommand({ DomainNames: ["west-anonymous", "nope"] }),
    );
    expect(reply.DomainStatusList).toHaveLength(1);
    const status = reply.DomainStatusList?.[0];
    expect(typeof status?.AccessPolicies).toBe("string");
    expect(JSON.parse(status?.AccessPolicies ?? "{}").Statement[0].Principal).toEqual({ AWS: "*" });
    expect(status?.AdvancedSecurityOptions?.AnonymousAuthDisableDate).toEqual(
      new Date("2026-12-15T00:00:00Z"),
    );
    expect(status?.Endpoint).toMatch(/^search-west-anonymous-/);
  });

  it("DescribeDomains refuses more than five names with ValidationException", async () => {
    const names = ["a1a", "b2b", "c3c", "d4d", "e5e", "f6f"];
    expect(await errorOf(os().send(new DescribeDomainsCommand({ DomainNames: names })))).toEqual({
      name: "ValidationException",
      status: 400,
    });
  });

  it("unknown domains and tags are ResourceNotFoundException (409, as the model says)", async () => {
    expect(await errorOf(os().send(new DescribeDomainCommand({ DomainName: "missing" })))).toEqual({
      name: "ResourceNotFoundException",
      status: 409,
    });
    const arn = `arn:aws:es:us-east-1:${ACCOUNT}:domain/missing`;
    expect((await errorOf(os().send(new ListTagsCommand({ ARN: arn })))).name).toBe(
      "ResourceNotFoundException",
    );
    const tags = await os().send(
      new ListTagsCommand({ ARN: `arn:aws:es:us-east-1:${ACCOUNT}:domain/alpha-open` }),
    );
    expect(tags.TagList).toEqual([{ Key: "data-classification", Value: "phi" }]);
  });

  it("writes are refused and recorded", async () => {
    emu.resetStats();
    expect((await errorOf(os().send(new CreateDomainCommand({ DomainName: "new-domain" })))).name).toBe(
      "AccessDeniedException",
    );
    expect(emu.writesAttempted()).toEqual(["opensearch:CreateDomain"]);
  });
});

describe("emulated OpenSearch Serverless (awsJson1_0)", () => {
  it("ListCollections pages with an opaque nextToken honouring the page size", async () => {
    const first = await aoss().send(new ListCollectionsCommand({}));
    expect(first.collectionSummaries?.map((c) => c.name)).toEqual(["kb-private", "kb-public"]);
    expect(first.nextToken).toBeDefined();
    const second = await aoss().send(new ListCollectionsCommand({ nextToken: first.nextToken }));
    expect(second.collectionSummaries?.map((c) => c.name)).toEqual(["logs-dashboards"]);
    expect(second.nextToken).toBeUndefined();
    expect((await errorOf(aoss().send(new ListCollectionsCommand({ nextToken: "forged" })))).name).toBe(
      "ValidationException",
    );
  });

  it("BatchGetCollection returns details and per-id errors; ids and names together are invalid", async () => {
    const reply = await aoss().send(new BatchGetCollectionCommand({ ids: ["aaa111", "zzz999"] }));
    expect(reply.collectionDetails?.[0]).toMatchObject({
      name: "kb-public",
      kmsKeyArn: "auto",
      type: "VECTORSEARCH",
    });
    expect(reply.collectionErrorDetails).toEqual([
      expect.objectContaining({ id: "zzz999", errorCode: "NOT_FOUND" }),
    ]);
    expect(
      (await errorOf(aoss().send(new BatchGetCollectionCommand({ ids: ["aaa111"], names: ["kb-public"] }))))
        .name,
    ).toBe("ValidationException");
  });

  it("security policies: summaries without documents, documents as JSON, missing ones 404", async () => {
    const list = await aoss().send(new ListSecurityPoliciesCommand({ type: "encryption" }));
    expect(list.securityPolicySummaries?.map((p) => p.name)).toEqual(["kb-owned", "logs-cmk"]);
    expect(list.securityPolicySummaries?.[0]).not.toHaveProperty("policy");
    const detail = await aoss().send(
      new GetSecurityPolicyCommand({ type: "network", name: "kb-private-net" }),
    );
    expect(Array.isArray(detail.securityPolicyDetail?.policy)).toBe(true);
    expect(
      await errorOf(aoss().send(new GetSecurityPolicyCommand({ type: "network", name: "nope" }))),
    ).toEqual({
      name: "ResourceNotFoundException",
      status: 404,
    });
  });

  it("writes are refused", async () => {
    emu.resetStats();
    const update = new UpdateSecurityPolicyCommand({
      type: "network",
      name: "kb-public-net",
      policyVersion: "1",
    });
    expect((await errorOf(aoss().send(update))).name).toBe("AccessDeniedException");
    expect(emu.writesAttempted()).toEqual(["aoss:UpdateSecurityPolicy kb-public-net"]);
  });
});

describe("emulated KMS (awsJson1_1)", () => {
  it("DescribeKey resolves key ARNs and alias names in the key's region", async () => {
    const byAlias = await kms().send(new DescribeKeyCommand({ KeyId: "alias/aws/es" }));
    expect(byAlias.KeyMetadata).toMatchObject({
      KeyManager: "AWS",
      KeyId: "4d1f8c2a-1e3b-4f5a-9c7d-2b6e8a0f3c51",
    });
    expect(byAlias.KeyMetadata?.CreationDate).toBeInstanceOf(Date);
    expect(await errorOf(kms("us-west-2").send(new DescribeKeyCommand({ KeyId: "alias/aws/es" })))).toEqual({
      name: "NotFoundException",
      status: 400,
    });
  });

  it("refuses operations that use key material", async () => {
    emu.resetStats();
    const decrypt = new DecryptCommand({ CiphertextBlob: new Uint8Array([1, 2, 3]) });
    expect((await errorOf(kms().send(decrypt))).name).toBe("AccessDeniedException");
    expect(emu.writesAttempted()).toEqual(["kms:Decrypt"]);
  });
});

describe("search estates", () => {
  it("a typo in a DomainStatus field is an error naming the path", () => {
    const text = `aws:\n  accounts:\n    - id: "111122223333"\n      opensearch:\n        domains:\n          - DomainStatus:\n              DomainName: typo-domain\n              EncryptionAtRestOption: { Enabled: true }\n`;
    expect(() => parseEstate(text, "typo.yaml")).toThrow(/typo\.yaml:\d+: .*EncryptionAtRestOption/);
  });

  it("a network policy is accepted wrapped (get-security-policy output) or bare, with a region", () => {
    const estate = parseEstate(
      JSON.stringify({
        aws: {
          accounts: [
            {
              id: ACCOUNT,
              opensearchServerless: {
                securityPolicies: [
                  {
                    region: "eu-west-1",
                    securityPolicyDetail: { type: "network", name: "wrapped", policy: [] },
                  },
                  { type: "encryption", name: "bare-one", policy: { AWSOwnedKey: true } },
                ],
              },
            },
          ],
        },
      }),
    );
    expect(
      opensearchServerlessEstate
        .of(estate.aws.accounts[0]!)
        ?.securityPolicies.map((p) => `${p.name}@${p.region}`),
    ).toEqual(["wrapped@eu-west-1", "bare-one@us-east-1"]);
  });
});

import check from "../../../checks/graph/vector-store-public.js";
import { unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";
import { knowledgeBaseAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";
import { collectionAsset, domainAsset } from "../search/opensearch-assets.js";
import { AssetGraph } from "../../../src/model/graph.js";
import { expect, it } from "vitest";

const collection = collectionAsset();
const BUCKET = "arn:aws:s3:::kb-docs";
const kb = (extra: Array<{ type: string; target: string; detail?: string }> = []) =>
  knowledgeBaseAsset({
    vectorStore: { type: "OPENSEARCH_SERVERLESS", target: collection.id },
    relations: [
      { type: RELATION.usesVectorStore, target: collection.id, detail: "OPENSEARCH_SERVERLESS" },
      ...extra,
    ],
  });
const withDocs = kb([{ type: RELATION.readsDataFrom, target: BUCKET, detail: "data source docs" }]);
const docs = (publicRead: ReturnType<typeof storageAsset>["publicRead"]) =>
  storageAsset({ id: BUCKET, name: "kb-docs", publicRead });
const publicCollection = collectionAsset({
  exposure: { public: true, reasons: ["network policy open allows public access"] },
});
const domain = domainAsset();

checkTable(check, {
  valid: [
    {
      name: "private collection, private data-source bucket",
      messageId: "chainNotPublic",
      asset: withDocs,
      neighbours: [collection, docs({ public: false, reasons: [] })],
    },
    {
      name: "private OpenSearch domain",
      messageId: "chainNotPublic",
      asset: knowledgeBaseAsset({
        vectorStore: { type: "OPENSEARCH_MANAGED_CLUSTER", target: domain.id },
        relations: [{ type: RELATION.usesVectorStore, target: domain.id }],
      }),
      neighbours: [domain],
    },
    {
      name: "no vector store configured and no data source",
      asset: knowledgeBaseAsset({ vectorStore: { type: "" }, dataSources: [] }),
      messageId: "nothingToJudge",
    },
  ],
  invalid: [
    {
      name: "public vector collection",
      asset: kb(),
      neighbours: [publicCollection],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "knowledge-base", name: "knowledge-base" },
          { kind: "search-serverless", name: "rag-vectors" },
        ],
      },
      severity: "high",
    },
    {
      name: "data-source bucket publicly readable",
      asset: withDocs,
      neighbours: [collection, docs({ public: true, reasons: ["policy grants s3:GetObject to *"] })],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "knowledge-base", name: "knowledge-base" },
          { kind: "storage", name: "kb-docs" },
        ],
      },
    },
  ],
  unknown: [
    {
      name: "collection exposure unreadable",
      asset: kb(),
      neighbours: [collectionAsset({ exposure: UNREADABLE })],
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "knowledge-base", name: "knowledge-base" },
          { kind: "search-serverless", name: "rag-vectors" },
        ],
      },
    },
    {
      name: "vector store not in the inventory",
      asset: kb(),
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "knowledge-base", name: "knowledge-base" },
          { kind: "outside-scan", name: "abc123" },
        ],
      },
    },
    {
      name: "data-source bucket not in the inventory",
      asset: withDocs,
      neighbours: [collection],
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "knowledge-base", name: "knowledge-base" },
          { kind: "outside-scan", name: "kb-docs" },
        ],
      },
    },
    {
      name: "a store aiposture does not read (Pinecone)",
      asset: knowledgeBaseAsset({ vectorStore: { type: "PINECONE" }, relations: [] }),
      messageId: "chainUnknown",
      data: { chain: [{ kind: "knowledge-base", name: "knowledge-base" }] },
    },
    {
      name: "knowledge base unreadable",
      asset: knowledgeBaseAsset({
        vectorStore: unknown("GetKnowledgeBase failed: AccessDeniedException"),
        dataSources: unknown("GetKnowledgeBase failed: AccessDeniedException"),
        relations: [],
      }),
      messageId: "chainUnknown",
      data: { chain: [{ kind: "knowledge-base", name: "knowledge-base" }] },
    },
  ],
});

it("keeps the vector-store and data-source chains as separate evidence", () => {
  const graph = new AssetGraph([withDocs, publicCollection, docs({ public: true, reasons: ["ACL"] })]);
  const outcome = check.evaluate(withDocs, graph);
  expect(outcome.status).toBe("fail");
  const chains = outcome.data.chains as Array<{ about: string; chain: Array<{ kind: string }> }>;
  expect(chains.map((c) => [c.about, c.chain.map((l) => l.kind)])).toEqual([
    ["vector store", ["knowledge-base", "search-serverless"]],
    ["data source", ["knowledge-base", "storage"]],
  ]);
});

import check from "../../../checks/graph/rag-chain.js";
import { unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { storageAsset } from "../../support/assets.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { azureSearchAsset } from "../../support/azure-assets.js";
import { knowledgeBaseAsset, platformAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";
import { ragFromConnections } from "../../../providers/azure/machinelearning/rag-connections.js";
import { azureReplyReader } from "../../../providers/azure/replies.js";
import { emptyInventory } from "../../../src/model/inventory.js";
import { mlWorkspaceRecord } from "../../support/raw-records.js";
import { collectionAsset } from "../search/opensearch-assets.js";

const collection = collectionAsset();
const BUCKET = "arn:aws:s3:::kb-docs";
const EMBEDDING = "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0";
const bucket = (overrides: Parameters<typeof storageAsset>[0] = {}) =>
  storageAsset({ id: BUCKET, name: "kb-docs", ...overrides });
const kb = (overrides: Parameters<typeof knowledgeBaseAsset>[0] = {}) =>
  knowledgeBaseAsset({
    vectorStore: { type: "OPENSEARCH_SERVERLESS", target: collection.id },
    relations: [
      { type: RELATION.readsDataFrom, target: BUCKET },
      { type: RELATION.usesVectorStore, target: collection.id },
      { type: RELATION.usesModel, target: EMBEDDING },
    ],
    ...overrides,
  });
const platform = platformAsset();
const unlogged = platformAsset({
  invocationLogging: { enabled: false, destinations: [], dataTypes: [], detail: "off" },
});

// Azure: an AI Foundry project's connections to AI Search, a storage account and an Azure OpenAI account.
const search = azureSearchAsset();
const openai = aiServiceAsset();
const azureStore = storageAsset({
  id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/ragdocs",
  name: "ragdocs",
  provider: "azure",
});
const azureKb = knowledgeBaseAsset({
  id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/proj",
  provider: "azure",
  name: "proj",
  vectorStore: { type: "AZURE_AI_SEARCH", target: search.id },
  relations: [
    { type: RELATION.readsDataFrom, target: azureStore.id },
    { type: RELATION.usesVectorStore, target: search.id },
    { type: RELATION.usesModel, target: openai.id },
  ],
});

/** A raw AI Foundry workspace record with connections, through the real connection normalizer. */
const connection = (name: string, category: string, ResourceId: string) => ({
  name,
  properties: { category, target: "https://example", metadata: { ApiType: "Azure", ResourceId } },
});
const fromConnections = ragFromConnections(
  mlWorkspaceRecord(
    {},
    {
      WorkspaceConnections_List: [
        connection("index", "CognitiveSearch", search.id),
        connection("docs", "AzureBlob", azureStore.id),
        connection("embeddings", "AzureOpenAI", openai.id),
      ],
    },
  ),
  azureReplyReader(emptyInventory()),
);
if (!fromConnections) throw new Error("a workspace connected to AI Search is a RAG chain");

checkTable(check, {
  valid: [
    {
      name: "AWS: private bucket, private collection, logged invocations",
      messageId: "sound",
      asset: kb(),
      neighbours: [bucket(), collection, platform],
      data: {
        encrypted: "",
        links: [
          "data source kb-docs",
          "vector store rag-vectors",
          "embedding model amazon.titan-embed-text-v2:0",
        ],
      },
    },
    {
      name: "AWS: classified (pii) corpus under customer keys everywhere",
      messageId: "sound",
      asset: kb({ dataClassification: "pii" }),
      neighbours: [bucket(), collection, platform],
      data: { encrypted: ", under customer keys (pii data)" },
    },
    {
      name: "Azure: private search, private store, private OpenAI account, all logged",
      messageId: "sound",
      asset: azureKb,
      neighbours: [search, openai, azureStore],
    },
  ],
  invalid: [
    {
      name: "raw Azure record: connections to a public store and an unlogged OpenAI account",
      messageId: "broken",
      asset: fromConnections,
      neighbours: [
        search,
        aiServiceAsset({ diagnosticLogs: { enabled: false } }),
        storageAsset({
          ...azureStore,
          publicRead: { public: true, reasons: ["container 'docs' allows anonymous read"] },
        }),
      ],
      data: {
        problems: [
          "data source ragdocs: anyone can read it (container 'docs' allows anonymous read)",
          "embedding model ai-openai: calls are not logged",
        ],
      },
    },
    {
      name: "AWS: public bucket and unlogged invocations: one finding naming both links",
      messageId: "broken",
      asset: kb(),
      neighbours: [
        bucket({ publicRead: { public: true, reasons: ["policy grants *"] } }),
        collection,
        unlogged,
      ],
      data: {
        count: 2,
        problems: [
          "data source kb-docs: anyone can read it (policy grants *)",
          "embedding model amazon.titan-embed-text-v2:0: model invocations are not logged",
        ],
      },
      severity: "high",
    },
    {
      name: "AWS: classified bucket with an AWS-managed key and no access logs",
      messageId: "broken",
      asset: kb(),
      neighbours: [
        bucket({
          dataClassification: "phi",
          encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "AES256" },
          accessLogging: { enabled: false },
        }),
        collection,
        platform,
      ],
      data: {
        problems: [
          "data source kb-docs: holds phi data without a customer-managed key (provider-managed), reads are not logged",
        ],
      },
    },
    {
      name: "Azure: search without audit logs, OpenAI open to the internet",
      messageId: "broken",
      asset: azureKb,
      neighbours: [
        azureSearchAsset({ logging: { audit: { enabled: false }, error: { enabled: false } } }),
        aiServiceAsset({ exposure: { public: true, reasons: ["firewall allows all"] } }),
        azureStore,
      ],
      data: {
        count: 2,
        problems: [
          "vector store ai-search: queries are not audit-logged",
          "embedding model ai-openai: open to the internet (firewall allows all)",
        ],
      },
    },
  ],
  unknown: [
    {
      name: "the vector store was not read",
      messageId: "cannotTell",
      asset: knowledgeBaseAsset({ vectorStore: unknown("GetKnowledgeBase failed: AccessDenied") }),
    },
    {
      name: "the data-source bucket is outside the scan",
      messageId: "unread",
      asset: kb(),
      neighbours: [collection, platform],
      data: { reasons: ["data source kb-docs: not in this scan"] },
    },
    {
      name: "a vector store outside the cloud (Pinecone)",
      messageId: "unread",
      asset: knowledgeBaseAsset({ vectorStore: { type: "PINECONE" }, relations: [] }),
      data: { reasons: ["vector store PINECONE: a store outside the cloud, not in this scan"] },
    },
    {
      name: "the bucket's access logging could not be read",
      messageId: "unread",
      asset: kb(),
      neighbours: [
        bucket({ accessLogging: unknown("GetBucketLogging failed: AccessDenied") }),
        collection,
        platform,
      ],
      data: { reasons: ["data source kb-docs: access logging: GetBucketLogging failed: AccessDenied"] },
    },
  ],
});

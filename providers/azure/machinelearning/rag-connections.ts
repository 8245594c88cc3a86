// An AI Foundry hub or project that connects to Azure AI Search is a retrieval (RAG) setup: its AI Search
// connections are the vector store, its blob storage connections the data sources, and its Azure OpenAI / AI
// Services connections the embedding model. It becomes a knowledge-base asset whose relations the graph check
// follows. Connections are read without their secrets (the list never returns credentials).
import type { Relation } from "../../../src/model/asset.js";
import type { KnowledgeBaseAsset } from "../../../src/model/assets/knowledge-base.js";
import { classificationFromTags } from "../../../src/model/classification.js";
import { isUnknown } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { RELATION } from "../../../src/model/relations.js";
import type { AzureReplyReader } from "../replies.js";

export const ML_RAG_TYPE = "azure.machinelearning.rag";

interface ConnectionWire {
  name?: string;
  properties?: { category?: string; target?: string; metadata?: Record<string, string> | null };
}

const ROLE: Record<string, string> = {
  cognitivesearch: RELATION.usesVectorStore,
  azureblob: RELATION.readsDataFrom,
  azuredatalakegen2: RELATION.readsDataFrom,
  azureopenai: RELATION.usesModel,
  aiservices: RELATION.usesModel,
};

/** The ARM id a connection names in its metadata (ResourceId), else its target URL. */
function targetOf(c: ConnectionWire): string | undefined {
  const meta = c.properties?.metadata ?? {};
  const key = Object.keys(meta).find((k) => k.toLowerCase() === "resourceid");
  return (key ? meta[key] : undefined) ?? c.properties?.target;
}

export function ragFromConnections(
  record: InventoryRecord,
  read: AzureReplyReader,
): KnowledgeBaseAsset | undefined {
  const connections = read<ConnectionWire[]>(record, "WorkspaceConnections_List");
  if (isUnknown(connections)) return undefined;
  const relations: Relation[] = [];
  for (const c of connections ?? []) {
    const type = ROLE[(c.properties?.category ?? "").toLowerCase()];
    const target = targetOf(c);
    if (type && target) relations.push({ type, target, detail: `connection ${c.name ?? ""}` });
  }
  const store = relations.find((r) => r.type === RELATION.usesVectorStore);
  if (!store) return undefined;
  const tags =
    ((record.replies.Workspaces_ListBySubscription ?? {}) as { tags?: Record<string, string> }).tags ?? {};
  const asset: KnowledgeBaseAsset = {
    id: `${record.resourceId}/connections`,
    provider: "azure",
    account: record.account,
    region: record.region,
    kind: "knowledge-base",
    type: ML_RAG_TYPE,
    name: `${record.name} (connections)`,
    tags,
    relations: [...relations, { type: "belongs-to", target: record.resourceId }],
    raw: { WorkspaceConnections_List: connections },
    vectorStore: { type: "AZURE_AI_SEARCH", target: store.target },
    dataSources: relations
      .filter((r) => r.type === RELATION.readsDataFrom)
      .map((r) => ({ id: r.target, name: r.detail ?? r.target, type: "AZURE_BLOB", encryption: {} })),
  };
  const classification = classificationFromTags(tags);
  if (classification) asset.dataClassification = classification;
  return asset;
}

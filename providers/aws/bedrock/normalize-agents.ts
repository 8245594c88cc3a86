import type { Relation } from "../../../src/model/asset.js";
import type { AgentAsset } from "../../../src/model/assets/agent.js";
import type {
  KnowledgeBaseAsset,
  KnowledgeBaseDataSource,
  VectorStore,
} from "../../../src/model/assets/knowledge-base.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import type { ReplyReader } from "../replies.js";
import { dedupe } from "./normalize-models.js";
import {
  assetBase,
  bedrockArn,
  bedrockEncryption,
  modelTarget,
  readTags,
  required,
} from "./normalize-common.js";

interface AgentReply {
  foundationModel?: string;
  customerEncryptionKeyArn?: string;
  guardrailConfiguration?: { guardrailIdentifier?: string; guardrailVersion?: string };
}

/** An agent: its guardrail, key, model and the knowledge bases its draft retrieves from. */
export function normalizeAgent(record: InventoryRecord, read: ReplyReader): AgentAsset {
  const agent = required<AgentReply>(record, read, "GetAgent");
  const kbs = read<Array<{ knowledgeBaseId?: string; knowledgeBaseState?: string }>>(
    record,
    "ListAgentKnowledgeBases",
  );
  const known = isUnknown(agent) ? undefined : agent;
  const relations: Relation[] = [];
  const guardrailId = known?.guardrailConfiguration?.guardrailIdentifier;
  const guardrailVersion = known?.guardrailConfiguration?.guardrailVersion;
  if (guardrailId)
    relations.push({
      type: RELATION.usesGuardrail,
      target: bedrockArn(record, "guardrail", guardrailId),
      ...(guardrailVersion ? { detail: `version ${guardrailVersion}` } : {}),
    });
  if (known?.foundationModel)
    relations.push({ type: RELATION.usesModel, target: modelTarget(known.foundationModel, record) });
  const knowledgeBases: Known<string[]> = isUnknown(kbs)
    ? kbs
    : (kbs ?? []).flatMap((kb) =>
        kb.knowledgeBaseId ? [bedrockArn(record, "knowledge-base", kb.knowledgeBaseId)] : [],
      );
  if (!isUnknown(kbs))
    for (const kb of kbs ?? []) {
      if (!kb.knowledgeBaseId) continue;
      relations.push({
        type: RELATION.usesKnowledgeBase,
        target: bedrockArn(record, "knowledge-base", kb.knowledgeBaseId),
        ...(kb.knowledgeBaseState ? { detail: kb.knowledgeBaseState.toLowerCase() } : {}),
      });
    }
  const asset: AgentAsset = {
    ...assetBase(record, "agent", readTags(record, read)),
    relations: dedupe(relations),
    guardrail: isUnknown(agent)
      ? agent
      : guardrailId
        ? {
            id: bedrockArn(record, "guardrail", guardrailId),
            ...(guardrailVersion ? { version: guardrailVersion } : {}),
          }
        : null,
    encryptionAtRest: isUnknown(agent) ? agent : bedrockEncryption(agent.customerEncryptionKeyArn),
    knowledgeBases,
  };
  if (known?.foundationModel) asset.foundationModel = known.foundationModel;
  return asset;
}

interface KnowledgeBaseReply {
  knowledgeBaseConfiguration?: {
    type?: string;
    vectorKnowledgeBaseConfiguration?: { embeddingModelArn?: string };
    kendraKnowledgeBaseConfiguration?: { kendraIndexArn?: string };
  };
  storageConfiguration?: {
    type?: string;
    opensearchServerlessConfiguration?: { collectionArn?: string };
    opensearchManagedClusterConfiguration?: { domainArn?: string };
    rdsConfiguration?: { resourceArn?: string };
    neptuneAnalyticsConfiguration?: { graphArn?: string };
    s3VectorsConfiguration?: { indexArn?: string; vectorBucketArn?: string };
    pineconeConfiguration?: { connectionString?: string };
    redisEnterpriseCloudConfiguration?: { endpoint?: string };
    mongoDbAtlasConfiguration?: { endpoint?: string };
  };
}

interface DataSourceReply {
  name?: string;
  dataSourceConfiguration?: {
    type?: string;
    s3Configuration?: { bucketArn?: string; inclusionPrefixes?: string[] };
  };
  dataDeletionPolicy?: string;
  serverSideEncryptionConfiguration?: { kmsKeyArn?: string };
}

/** A knowledge base: its vector store, embedding model and data sources, as relations the graph can follow. */
export function normalizeKnowledgeBase(record: InventoryRecord, read: ReplyReader): KnowledgeBaseAsset {
  const kb = required<KnowledgeBaseReply>(record, read, "GetKnowledgeBase");
  const summaries = read<Array<{ dataSourceId?: string; name?: string }>>(record, "ListDataSources");
  const details = (record.replies.GetDataSource ?? {}) as Record<string, DataSourceReply | null>;
  const relations: Relation[] = [];

  const vectorStore: Known<VectorStore> = isUnknown(kb) ? kb : storeOf(kb);
  if (!isUnknown(vectorStore) && vectorStore.target)
    relations.push({ type: RELATION.usesVectorStore, target: vectorStore.target, detail: vectorStore.type });
  const embedding = isUnknown(kb)
    ? undefined
    : kb.knowledgeBaseConfiguration?.vectorKnowledgeBaseConfiguration?.embeddingModelArn;
  if (embedding)
    relations.push({
      type: RELATION.usesModel,
      target: modelTarget(embedding, record),
      detail: "embeddings",
    });

  const dataSources: Known<KnowledgeBaseDataSource[]> = isUnknown(summaries)
    ? summaries
    : (summaries ?? []).flatMap((summary) => {
        const id = summary.dataSourceId;
        if (!id) return [];
        const detail = Object.prototype.hasOwnProperty.call(details, id) ? details[id] : undefined;
        const source: KnowledgeBaseDataSource = {
          id,
          name: summary.name ?? detail?.name ?? id,
          type: detail?.dataSourceConfiguration?.type ?? unknown(`GetDataSource ${id} was not read`),
          encryption: detail
            ? detail.serverSideEncryptionConfiguration?.kmsKeyArn
              ? { kmsKeyArn: detail.serverSideEncryptionConfiguration.kmsKeyArn }
              : {}
            : unknown(`GetDataSource ${id} was not read`),
        };
        const bucket = detail?.dataSourceConfiguration?.s3Configuration?.bucketArn;
        if (bucket) {
          source.bucketArn = bucket;
          const prefixes = detail?.dataSourceConfiguration?.s3Configuration?.inclusionPrefixes ?? [];
          relations.push({
            type: RELATION.readsDataFrom,
            target: bucket,
            detail: `data source ${source.name}${prefixes.length ? ` (${prefixes.join(", ")})` : ""}`,
          });
        }
        if (detail?.dataDeletionPolicy) source.dataDeletionPolicy = detail.dataDeletionPolicy;
        return [source];
      });

  return {
    ...assetBase(record, "knowledge-base", readTags(record, read)),
    relations: dedupe(relations),
    vectorStore,
    dataSources,
  };
}

function storeOf(kb: KnowledgeBaseReply): VectorStore {
  const type = kb.knowledgeBaseConfiguration?.type;
  const kendra = kb.knowledgeBaseConfiguration?.kendraKnowledgeBaseConfiguration?.kendraIndexArn;
  if (type === "KENDRA") return { type: "KENDRA", ...(kendra ? { target: kendra } : {}) };
  const storage = kb.storageConfiguration;
  if (!storage?.type) return { type: type ?? "UNKNOWN" };
  const target =
    storage.opensearchServerlessConfiguration?.collectionArn ??
    storage.opensearchManagedClusterConfiguration?.domainArn ??
    storage.rdsConfiguration?.resourceArn ??
    storage.neptuneAnalyticsConfiguration?.graphArn ??
    storage.s3VectorsConfiguration?.indexArn ??
    storage.s3VectorsConfiguration?.vectorBucketArn ??
    storage.pineconeConfiguration?.connectionString ??
    storage.redisEnterpriseCloudConfiguration?.endpoint ??
    storage.mongoDbAtlasConfiguration?.endpoint;
  return { type: storage.type, ...(target ? { target } : {}) };
}

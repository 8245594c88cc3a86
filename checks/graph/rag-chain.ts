// The retrieval (RAG) chain as one thing: knowledge base → data sources → vector store → embedding model. Every
// link must be private, encrypted with a customer key when the data is classified, and logged. One finding per
// knowledge base names each broken link and what is wrong with it; a link that could not be read is unknown.
import { cannotTell, defineCheck, fail, pass, unknown } from "../../src/model/check.js";
import type { KnowledgeBaseAsset } from "../../src/model/assets/knowledge-base.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isSensitiveClassification } from "../../src/model/classification.js";
import { isUnknown, type Known } from "../../src/model/known.js";
import { RELATION } from "../../src/model/relations.js";
import { PUBLIC_ACCESS } from "../compliance.js";
import { judgeLink, type LinkRole, type RagLink } from "./rag-links.js";

const ROLES: Array<[string, LinkRole]> = [
  [RELATION.readsDataFrom, "data source"],
  [RELATION.usesVectorStore, "vector store"],
  [RELATION.usesModel, "embedding model"],
];

export default defineCheck({
  id: "graph.rag-chain",
  title:
    "Every link of a retrieval (RAG) chain must be private, customer-key encrypted for classified data, and logged",
  kind: "knowledge-base",
  uses: ["storage", "search", "search-serverless", "ai-service", "ai-platform", "custom-model"],
  category: "exposure",
  severity: "high",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Fix each link the finding names: make the data source and the vector store private (no public read, no open network), encrypt them with a customer-managed key when the corpus is classified, and turn on their access logs (storage reads, search audit logs) and the model invocation logs of the embedding model.",
    cli: {
      aws: "aws s3api put-public-access-block …; aws opensearchserverless update-security-policy --type network …; aws bedrock put-model-invocation-logging-configuration …",
      azure:
        "az search service update --public-network-access disabled …; az monitor diagnostic-settings create --resource SEARCH_OR_ACCOUNT_ID …",
    },
  },
  messages: {
    broken: "RAG chain of {{name}} is broken at {{count}} link(s): {{problems}}",
    unread: "RAG chain of {{name}} could not be judged: {{reasons}}",
    sound: "Every link of the RAG chain of {{name}} is private{{encrypted}} and logged: {{links}}",
  },
  evaluate: (kb, graph) => {
    if (isUnknown(kb.vectorStore) && !kb.relations.some((r) => r.type === RELATION.usesVectorStore))
      return cannotTell("the knowledge base's vector store", kb.vectorStore);
    const classified = classification(kb, graph);
    const platformLogging = invocationLogging(graph);
    const links: RagLink[] = ROLES.flatMap(([type, role]) =>
      kb.relations
        .filter((r) => r.type === type)
        .map((r) => judgeLink(role, r, graph, classified, platformLogging, kb)),
    );
    if (!isUnknown(kb.vectorStore) && kb.vectorStore.type && !links.some((l) => l.role === "vector store"))
      links.push({
        role: "vector store",
        id: kb.vectorStore.type,
        name: kb.vectorStore.type,
        broken: [],
        unread: ["a store outside the cloud, not in this scan"],
      });
    const evidence = {
      name: kb.name,
      classification: classified ?? null,
      links: links.map((l) => ({ ...l })),
    };
    const broken = links.filter((l) => l.broken.length);
    if (broken.length)
      return fail("broken", {
        ...evidence,
        count: broken.length,
        problems: broken.map((l) => `${l.role} ${l.name}: ${l.broken.join(", ")}`),
      });
    const unread = links.filter((l) => l.unread.length);
    if (unread.length)
      return unknown("unread", {
        ...evidence,
        reasons: unread.map((l) => `${l.role} ${l.name}: ${l.unread.join(", ")}`),
      });
    return pass("sound", {
      ...evidence,
      encrypted: classified ? `, under customer keys (${classified} data)` : "",
      links: links.map((l) => `${l.role} ${l.name}`),
    });
  },
});

/** The chain's data is classified when the knowledge base or any asset it reads from carries a sensitive tag. */
function classification(kb: KnowledgeBaseAsset, graph: AssetGraph): string | undefined {
  const candidates = [
    kb.dataClassification,
    ...kb.relations
      .filter((r) => r.type === RELATION.readsDataFrom || r.type === RELATION.usesVectorStore)
      .map((r) => graph.get(r.target)?.dataClassification),
  ];
  return candidates.find((c) => isSensitiveClassification(c));
}

/** Whether the platform in the knowledge base's account and region logs model invocations (Bedrock). */
function invocationLogging(graph: AssetGraph) {
  return (owner: { account: string; region: string }): Known<boolean> | undefined => {
    for (const asset of graph.ofKind("ai-platform"))
      if (asset.account === owner.account && asset.region === owner.region)
        return isUnknown(asset.invocationLogging) ? asset.invocationLogging : asset.invocationLogging.enabled;
    return undefined;
  };
}

// Toxic combination: a knowledge base's embeddings live in a search store reachable by the public, or the documents
// it indexes sit in a bucket anyone can read. Either way the retrieval corpus behind the assistant leaks.
import { defineCheck, pass } from "../../src/model/check.js";
import type { KnowledgeBaseAsset } from "../../src/model/assets/knowledge-base.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION } from "../../src/model/relations.js";
import { PUBLIC_ACCESS } from "../compliance.js";
import {
  CHAIN_MESSAGES,
  combine,
  isBucketArn,
  judgeBucket,
  link,
  outsideLink,
  type ChainVerdict,
} from "./chain.js";

const VECTOR_STORE = "vector store";
const DATA_SOURCE = "data source";

export default defineCheck({
  id: "graph.vector-store-public",
  title: "A knowledge base's vector store and data-source buckets must not be public",
  kind: "knowledge-base",
  uses: ["search", "search-serverless"],
  category: "exposure",
  severity: "high",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Restrict the vector store to private access (an OpenSearch Serverless network policy allowing only VPC endpoints, a domain in a VPC with a non-public access policy) and remove public read from the data-source buckets.",
    cli: {
      aws: 'aws opensearchserverless update-security-policy --type network --name POLICY --policy-version VERSION --policy \'[{"Rules":[{"ResourceType":"collection","Resource":["collection/NAME"]}],"AllowFromPublic":false,"SourceVPCEs":["VPCE"]}]\'  # and put-public-access-block on each data-source bucket',
    },
  },
  messages: {
    ...CHAIN_MESSAGES,
    nothingToJudge: "Knowledge base {{name}} has no vector store or S3 data source to judge",
  },
  evaluate: (kb, graph) =>
    combine(
      [...vectorStoreChains(kb, graph), ...dataSourceChains(kb, graph)],
      pass("nothingToJudge", { name: kb.name, chains: [] }),
    ),
});

function vectorStoreChains(kb: KnowledgeBaseAsset, graph: AssetGraph): ChainVerdict[] {
  const start = link(kb, "knowledge base");
  const stores = kb.relations.filter((r) => r.type === RELATION.usesVectorStore);
  if (stores.length === 0) {
    if (isUnknown(kb.vectorStore))
      return [
        {
          status: "unknown",
          sentence: `the vector store of ${kb.name} could not be read: ${kb.vectorStore.reason}`,
          chain: [start],
          about: VECTOR_STORE,
        },
      ];
    // A store without an ARN (Pinecone, MongoDB Atlas, Redis Enterprise …) lives outside what aiposture reads.
    return kb.vectorStore.type
      ? [
          {
            status: "unknown",
            sentence: `knowledge base ${kb.name} keeps its vectors in a ${kb.vectorStore.type} store outside this scan`,
            chain: [start],
            about: VECTOR_STORE,
          },
        ]
      : [];
  }
  return stores.map((relation): ChainVerdict => {
    const why = `vector store (${relation.detail ?? "embeddings"})`;
    const store = graph.get(relation.target);
    const lead = `knowledge base ${kb.name} keeps its vectors in`;
    if (!store || (store.kind !== "search" && store.kind !== "search-serverless")) {
      const outside = outsideLink(relation, why);
      return {
        status: "unknown",
        sentence: `${lead} ${outside.name}: vector store not in this scan`,
        chain: [start, outside],
        about: VECTOR_STORE,
      };
    }
    const what = store.kind === "search" ? "search domain" : "search collection";
    if (isUnknown(store.exposure))
      return {
        status: "unknown",
        sentence: `${lead} ${what} ${store.name}, whose exposure could not be read: ${store.exposure.reason}`,
        chain: [start, link(store, why)],
        about: VECTOR_STORE,
      };
    const reasons = store.exposure.reasons.join("; ");
    return store.exposure.public
      ? {
          status: "fail",
          sentence: `${lead} ${what} ${store.name}, which is public (${reasons})`,
          chain: [start, link(store, `${why}; public: ${reasons}`)],
          about: VECTOR_STORE,
        }
      : {
          status: "pass",
          sentence: `${lead} ${what} ${store.name}, which is not public`,
          chain: [start, link(store, why)],
          about: VECTOR_STORE,
        };
  });
}

function dataSourceChains(kb: KnowledgeBaseAsset, graph: AssetGraph): ChainVerdict[] {
  const buckets = kb.relations.filter((r) => r.type === RELATION.readsDataFrom && isBucketArn(r.target));
  if (buckets.length === 0 && isUnknown(kb.dataSources))
    return [
      {
        status: "unknown",
        sentence: `the data sources of ${kb.name} could not be read: ${kb.dataSources.reason}`,
        chain: [link(kb, "knowledge base")],
        about: DATA_SOURCE,
      },
    ];
  return buckets.map((relation) =>
    judgeBucket(
      graph,
      relation,
      [link(kb, "knowledge base")],
      `knowledge base ${kb.name} indexes documents from`,
      (bucket) => bucket.publicRead,
      "anyone can read",
      DATA_SOURCE,
    ),
  );
}

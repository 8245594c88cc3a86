import type { AssetBase } from "../asset-base.js";
import type { Known } from "../known.js";

/** Where a knowledge base keeps its embeddings. */
export interface VectorStore {
  /** Provider's type, e.g. "OPENSEARCH_SERVERLESS", "OPENSEARCH_MANAGED_CLUSTER", "RDS", "PINECONE". */
  type: string;
  /** ARN of the store (or its endpoint, for stores outside the cloud); also a uses-vector-store relation. */
  target?: string;
}

export interface KnowledgeBaseDataSource {
  id: string;
  name: string;
  /** "S3", "WEB", "CONFLUENCE", … */
  type: Known<string>;
  /** Bucket ARN of an S3 data source (also a reads-data-from relation). */
  bucketArn?: string;
  /** "DELETE" removes a data source's vectors with it; "RETAIN" keeps them in the vector store. */
  dataDeletionPolicy?: string;
  /** The KMS key named for the data source's transient ingestion data; no key means Bedrock's own. */
  encryption: Known<{ kmsKeyArn?: string }>;
}

/** A retrieval-augmented-generation index over customer documents (Bedrock knowledge base). */
export interface KnowledgeBaseAsset extends AssetBase {
  kind: "knowledge-base";
  vectorStore: Known<VectorStore>;
  dataSources: Known<KnowledgeBaseDataSource[]>;
}

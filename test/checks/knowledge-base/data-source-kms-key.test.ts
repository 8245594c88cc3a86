import check from "../../../checks/knowledge-base/data-source-kms-key.js";
import type { KnowledgeBaseDataSource } from "../../../src/model/assets/knowledge-base.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { knowledgeBaseAsset } from "../../support/bedrock-assets.js";

const KEY = "arn:aws:kms:us-east-1:111122223333:key/5e1d9a7c";
const NOT_READ = unknown("GetDataSource ds2 was not read");

const source = (id: string, encryption: KnowledgeBaseDataSource["encryption"]): KnowledgeBaseDataSource => ({
  id,
  name: id,
  type: "S3",
  encryption,
});

checkTable(check, {
  valid: [
    {
      name: "one keyed source",
      messageId: "customerKeys",
      asset: knowledgeBaseAsset({ dataSources: [source("ds1", { kmsKeyArn: KEY })] }),
    },
    { name: "no data source", messageId: "noDataSource", asset: knowledgeBaseAsset({ dataSources: [] }) },
  ],
  invalid: [
    {
      name: "a source without a key",
      asset: knowledgeBaseAsset({ dataSources: [source("ds1", { kmsKeyArn: KEY }), source("notes", {})] }),
      messageId: "providerKey",
      data: { unkeyed: "notes" },
      severity: "low",
    },
    {
      name: "an unkeyed source fails even when another was not read",
      asset: knowledgeBaseAsset({ dataSources: [source("notes", {}), source("ds2", NOT_READ)] }),
      messageId: "providerKey",
    },
  ],
  unknown: [
    {
      name: "a source's detail not read",
      messageId: "unread",
      asset: knowledgeBaseAsset({
        dataSources: [source("ds1", { kmsKeyArn: KEY }), source("ds2", NOT_READ)],
      }),
      data: { unread: "ds2" },
    },
    {
      name: "data sources not listed",
      messageId: "cannotTell",
      asset: knowledgeBaseAsset({ dataSources: unknown("ListDataSources failed: AccessDeniedException") }),
    },
  ],
});

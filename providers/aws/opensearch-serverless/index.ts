import { defineAwsService } from "../service.js";
import { AOSS_COLLECTION_TYPE, collectOpenSearchServerless } from "./collect.js";
import { OPENSEARCH_SERVERLESS_ROUTES } from "./cloudtrail-routes.js";
import { normalizeCollection } from "./normalize.js";
import { OPENSEARCH_SERVERLESS_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "opensearch-serverless",
  title: "Amazon OpenSearch Serverless collections",
  assetKinds: ["search-serverless"],
  operations: OPENSEARCH_SERVERLESS_OPERATIONS,
  collect: collectOpenSearchServerless,
  normalizers: { [AOSS_COLLECTION_TYPE]: (record, ctx) => normalizeCollection(record, ctx.read) },
  cloudTrailRoutes: OPENSEARCH_SERVERLESS_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

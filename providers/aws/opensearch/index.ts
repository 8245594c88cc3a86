import { defineAwsService } from "../service.js";
import { OPENSEARCH_ROUTES } from "./cloudtrail-routes.js";
import { collectOneDomain, collectOpenSearch, OPENSEARCH_DOMAIN_TYPE } from "./collect.js";
import { normalizeDomain } from "./normalize.js";
import { OPENSEARCH_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "opensearch",
  title: "Amazon OpenSearch Service / Elasticsearch domains",
  assetKinds: ["search"],
  operations: OPENSEARCH_OPERATIONS,
  collect: collectOpenSearch,
  collectOne: async (ctx, target) => {
    if (target.name) await collectOneDomain(ctx, target.region, target.name);
  },
  normalizers: { [OPENSEARCH_DOMAIN_TYPE]: (record, ctx) => normalizeDomain(record, ctx.read) },
  cloudTrailRoutes: OPENSEARCH_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

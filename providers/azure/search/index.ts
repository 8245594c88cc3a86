import { defineAzureService } from "../service.js";
import { collectSearch, SEARCH_SERVICE, SEARCH_SERVICE_TYPE } from "./collect.js";
import { normalizeSearchService } from "./normalize.js";
import { SEARCH_OPERATIONS } from "./operations.js";

export default defineAzureService({
  id: SEARCH_SERVICE,
  title: "Azure AI Search services",
  assetKinds: ["search"],
  operations: SEARCH_OPERATIONS,
  collect: collectSearch,
  normalizers: { [SEARCH_SERVICE_TYPE]: (record, ctx) => normalizeSearchService(record, ctx.read) },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

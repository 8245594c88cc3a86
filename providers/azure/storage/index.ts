import { defineAzureService } from "../service.js";
import { collectStorage, STORAGE_ACCOUNT_TYPE, STORAGE_SERVICE } from "./collect.js";
import { normalizeStorageAccount } from "./normalize.js";
import { STORAGE_OPERATIONS } from "./operations.js";

export default defineAzureService({
  id: STORAGE_SERVICE,
  title: "Azure Storage accounts",
  assetKinds: ["storage"],
  operations: STORAGE_OPERATIONS,
  collect: collectStorage,
  normalizers: { [STORAGE_ACCOUNT_TYPE]: (record, ctx) => normalizeStorageAccount(record, ctx.read) },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

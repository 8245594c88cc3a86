import { defineAzureService } from "../service.js";
import { collectCognitive, COGNITIVE_ACCOUNT_TYPE, COGNITIVE_SERVICE } from "./collect.js";
import { normalizeCognitiveAccount } from "./normalize.js";
import { COGNITIVE_OPERATIONS } from "./operations.js";

export default defineAzureService({
  id: COGNITIVE_SERVICE,
  title: "Azure OpenAI and Azure AI Services accounts",
  assetKinds: ["ai-service"],
  operations: COGNITIVE_OPERATIONS,
  collect: collectCognitive,
  normalizers: { [COGNITIVE_ACCOUNT_TYPE]: (record, ctx) => normalizeCognitiveAccount(record, ctx.read) },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

import { defineAwsService } from "../service.js";
import { BEDROCK_ROUTES } from "./cloudtrail-routes.js";
import { collectBedrock } from "./collect.js";
import { BEDROCK_NORMALIZERS } from "./normalize.js";
import { BEDROCK_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "bedrock",
  title:
    "Amazon Bedrock (invocation logging, guardrails, custom models, agents, knowledge bases, flows, prompts, batch inference)",
  assetKinds: [
    "ai-platform",
    "guardrail",
    "custom-model",
    "agent",
    "knowledge-base",
    "prompt",
    "inference-job",
  ],
  operations: BEDROCK_OPERATIONS,
  collect: collectBedrock,
  normalizers: BEDROCK_NORMALIZERS,
  cloudTrailRoutes: BEDROCK_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

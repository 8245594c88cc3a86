import { defineAwsService } from "../service.js";
import { AGENTCORE_ROUTES } from "./cloudtrail-routes.js";
import { collectAgentCore } from "./collect.js";
import { AGENTCORE_NORMALIZERS } from "./normalize.js";
import { AGENTCORE_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "bedrock-agentcore",
  title: "Amazon Bedrock AgentCore (runtimes, gateways, memories, custom browsers and code interpreters)",
  assetKinds: ["agent-runtime", "agent-gateway", "agent-memory", "agent-tool"],
  // Key ownership is asked of KMS DescribeKey, an operation of the kms manifest.
  operations: AGENTCORE_OPERATIONS,
  collect: collectAgentCore,
  normalizers: AGENTCORE_NORMALIZERS,
  cloudTrailRoutes: AGENTCORE_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

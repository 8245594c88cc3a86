// Bedrock AgentCore's emulation: the control plane's read operations over its estate section.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { agentCoreEstate } from "./estate.js";
import { bedrockAgentCore } from "./handler.js";
import { replayAgentCore } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [bedrockAgentCore],
  estate: agentCoreEstate,
  replay: replayAgentCore,
  replayedServices: ["bedrock-agentcore-control"],
};
export default emulation;

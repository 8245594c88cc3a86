// Bedrock AgentCore's emulation: the control plane's read operations over its estate section.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { agentCoreEstate } from "./estate.js";
import { bedrockAgentCore } from "./handler.js";

const emulation: ServiceEmulation = { handlers: [bedrockAgentCore], estate: agentCoreEstate };
export default emulation;

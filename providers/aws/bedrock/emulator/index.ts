// Bedrock's emulation: agents and knowledge bases (bedrock-agent, claimed first by path), then the control plane.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { bedrockEstate } from "./estate.js";
import { bedrockAgent } from "./bedrock-agent.js";
import { bedrock } from "./bedrock.js";
import { replayBedrock } from "./replay.js";

const emulation: ServiceEmulation = {
  handlers: [bedrockAgent, bedrock],
  estate: bedrockEstate,
  replay: replayBedrock,
  replayedServices: ["bedrock-agent"],
};
export default emulation;

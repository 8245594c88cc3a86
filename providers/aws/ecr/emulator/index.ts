import type { ServiceEmulation } from "../../../../mocks/types.js";
import { ecrEstate } from "./estate.js";
import { ecr } from "./handler.js";
import { replayEcr } from "./replay.js";

const emulation: ServiceEmulation = { handlers: [ecr], estate: ecrEstate, replay: replayEcr };
export default emulation;

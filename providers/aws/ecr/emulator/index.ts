import type { ServiceEmulation } from "../../../../mocks/types.js";
import { ecrEstate } from "./estate.js";
import { ecr } from "./handler.js";

const emulation: ServiceEmulation = { handlers: [ecr], estate: ecrEstate };
export default emulation;

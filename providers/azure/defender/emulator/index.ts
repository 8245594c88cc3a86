// Defender for Cloud's emulation: plans, alerts and assessments.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { defenderEstate } from "./estate.js";
import { azureSecurity } from "./security.js";

const emulation: ServiceEmulation = {
  handlers: [azureSecurity],
  estate: defenderEstate,
};
export default emulation;

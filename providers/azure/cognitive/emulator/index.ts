// Azure AI services' emulation: Cognitive Services accounts and deployments.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { cognitiveEstate } from "./estate.js";
import { azureCognitive } from "./cognitive.js";

const emulation: ServiceEmulation = {
  handlers: [azureCognitive],
  estate: cognitiveEstate,
};
export default emulation;

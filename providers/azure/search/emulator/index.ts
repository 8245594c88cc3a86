// Azure AI Search's emulation: search services.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { searchEstate } from "./estate.js";
import { azureSearch } from "./search.js";

const emulation: ServiceEmulation = {
  handlers: [azureSearch],
  estate: searchEstate,
};
export default emulation;

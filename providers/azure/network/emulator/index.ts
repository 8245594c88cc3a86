// Azure networking's emulation: private endpoints and their DNS zone groups.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { networkEstate } from "./estate.js";
import { azureNetwork } from "./network.js";

const emulation: ServiceEmulation = {
  handlers: [azureNetwork],
  estate: networkEstate,
};
export default emulation;

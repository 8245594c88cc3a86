// Azure Storage's emulation: storage accounts, blob services and containers.
import type { ServiceEmulation } from "../../../../mocks/types.js";
import { storageEstate } from "./estate.js";
import { azureStorage } from "./storage.js";

const emulation: ServiceEmulation = {
  handlers: [azureStorage],
  estate: storageEstate,
};
export default emulation;

// Azure Resource Manager's subscription and resource group reads (the fixed part of a subscription).
import type { ServiceEmulation } from "../../../../mocks/types.js";

import { azureResources } from "./subscriptions.js";

const emulation: ServiceEmulation = {
  handlers: [azureResources],
};
export default emulation;

// Azure Monitor's emulation: diagnostic settings of any estate resource.
import type { ServiceEmulation } from "../../../../mocks/types.js";

import { azureMonitor } from "./monitor.js";

const emulation: ServiceEmulation = {
  handlers: [azureMonitor],
};
export default emulation;

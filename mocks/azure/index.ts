// The emulated Azure Resource Manager services, served over HTTPS on the emulator's second port. A request
// goes to the service whose namespace owns it (the last /providers/<namespace>/ of its path).
// To add an Azure service: write services/<name>.ts with armService() and list it here.
import type { ServiceEmulator } from "../types.js";
import { azureMonitor } from "./services/monitor.js";
import { azureSearch } from "./services/search.js";
import { azureSecurity } from "./services/security.js";
import { azureStorage } from "./services/storage.js";
import { azureCognitive } from "./services/cognitive.js";
import { azureMachineLearning } from "./services/machinelearning.js";
import { azureResources } from "./services/subscriptions.js";

export const ARM_SERVICES: readonly ServiceEmulator[] = [
  azureResources,
  azureMonitor,
  azureStorage,
  azureSearch,
  azureSecurity,
  azureCognitive,
  azureMachineLearning,
];

export { createSelfSignedCertificate } from "./certificate.js";

// The emulated Azure Resource Manager services, served over HTTPS on the emulator's second port. A request
// goes to the service whose namespace owns it (the last /providers/<namespace>/ of its path).
// To add an Azure service: write services/<name>.ts with armService() and list it here.
import type { ServiceEmulator } from "../types.js";
import { azureMonitor } from "../../providers/azure/monitor/emulator/monitor.js";
import { azureSearch } from "../../providers/azure/search/emulator/search.js";
import { azureSecurity } from "../../providers/azure/defender/emulator/security.js";
import { azureStorage } from "../../providers/azure/storage/emulator/storage.js";
import { azureCognitive } from "../../providers/azure/cognitive/emulator/cognitive.js";
import { azureMachineLearning } from "../../providers/azure/machinelearning/emulator/machinelearning.js";
import { azureResources } from "../../providers/azure/resources/emulator/subscriptions.js";

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

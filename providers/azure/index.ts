import type { ProviderAdapter } from "../../src/engine/provider.js";
import { collectAzure } from "./collect.js";
import { normalizeAzure } from "./normalize.js";
import { defenderNativeFindings } from "./defender/native.js";

export const azureProvider: ProviderAdapter = {
  id: "azure",
  collect: collectAzure,
  normalize: normalizeAzure,
  nativeFindings: defenderNativeFindings,
};

export { AZURE_OPERATIONS } from "./operations.js";
export { azureCustomRole } from "./role.js";
export { AZURE_SERVICES } from "./services.js";

import type { ProviderAdapter } from "../../src/engine/provider.js";
import { azurePreflight } from "./preflight.js";
import { collectAzure } from "./collect.js";
import { normalizeAzure } from "./normalize.js";
import { defenderNativeFindings } from "./defender/native.js";
import { AZURE_FLAGS, azureOptionsFromFlags } from "./flags.js";
import { azureOptionsSchema, type AzureOptions } from "./options.js";

export const azureProvider: ProviderAdapter<AzureOptions> = {
  id: "azure",
  options: azureOptionsSchema,
  flags: AZURE_FLAGS,
  optionsFromFlags: azureOptionsFromFlags,
  preflight: (common, options) => azurePreflight({ ...common, ...options }),
  collect: (common, options) => collectAzure({ ...common, ...options }),
  normalize: normalizeAzure,
  nativeFindings: defenderNativeFindings,
};

export { AZURE_OPERATIONS } from "./operations.js";
export { AZURE_SERVICES } from "./services.js";
export { azureCustomRole } from "./role.js";

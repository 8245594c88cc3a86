// The one place that wires concrete providers and checks into the core (src/ stays independent of them).
import { ALL_CHECKS } from "../checks/index.js";
import { awsProvider, AWS_OPERATIONS } from "../providers/aws/index.js";
import { azureCustomRole, azureProvider, AZURE_OPERATIONS } from "../providers/azure/index.js";
import type { ProviderAdapter } from "../src/engine/provider.js";
import { InputError } from "../src/model/input-error.js";

export const PROVIDERS: readonly ProviderAdapter[] = [awsProvider, azureProvider];
export const CHECKS = ALL_CHECKS;
export const OPERATIONS = { aws: AWS_OPERATIONS, azure: AZURE_OPERATIONS };
/** The Azure custom role generated from OPERATIONS.azure (`aiposture permissions --provider azure`). */
export const azureRole = () => azureCustomRole(AZURE_OPERATIONS);

export function selectProviders(name: string): ProviderAdapter[] {
  if (name === "all") return [...PROVIDERS];
  const adapter = PROVIDERS.find((p) => p.id === name);
  if (!adapter) {
    throw new InputError(
      `--provider "${name}" is not supported (available: ${PROVIDERS.map((p) => p.id).join(", ")}, all)`,
    );
  }
  return [adapter];
}

// The one place that wires concrete providers and checks into the core (src/ stays independent of them).
import { CHECKS } from "./checks.js";
import { awsProvider, AWS_OPERATIONS, AWS_SERVICES } from "../providers/aws/index.js";
import {
  azureCustomRole,
  azureProvider,
  AZURE_OPERATIONS,
  AZURE_SERVICES,
} from "../providers/azure/index.js";
import type { AnyProviderAdapter } from "../src/engine/provider.js";
import type { AssetKind } from "../src/model/asset.js";
import type { AnyCheck } from "../src/model/check.js";
import type { ProviderId } from "../src/model/inventory.js";
import { InputError } from "../src/model/input-error.js";

export const PROVIDERS: readonly AnyProviderAdapter[] = [awsProvider, azureProvider];
export { CHECKS };
export const OPERATIONS = { aws: AWS_OPERATIONS, azure: AZURE_OPERATIONS };

/** What every service manifest says about itself, for docs and coverage. */
export interface ServiceSummary {
  id: string;
  title: string;
  assetKinds: readonly AssetKind[];
  operations: number;
}

export const SERVICES: Record<ProviderId, readonly ServiceSummary[]> = {
  aws: AWS_SERVICES.map((s) => ({ ...summary(s), operations: s.operations.length })),
  azure: AZURE_SERVICES.map((s) => ({ ...summary(s), operations: s.operations.length })),
};

function summary(service: { id: string; title: string; assetKinds: readonly AssetKind[] }) {
  return { id: service.id, title: service.title, assetKinds: service.assetKinds };
}

/** The clouds a check can ever report on: those whose services produce its asset kind (and that it allows). */
export function cloudsOf(check: AnyCheck): ProviderId[] {
  return (Object.keys(SERVICES) as ProviderId[]).filter(
    (provider) =>
      (check.providers ?? [provider]).includes(provider) &&
      SERVICES[provider].some((service) => service.assetKinds.includes(check.kind)),
  );
}
/** The Azure custom role generated from OPERATIONS.azure (`aiposture permissions --provider azure`). */
export const azureRole = () => azureCustomRole(AZURE_OPERATIONS);

export function selectProviders(name: string): AnyProviderAdapter[] {
  if (name === "all") return [...PROVIDERS];
  const adapter = PROVIDERS.find((p) => p.id === name);
  if (!adapter) {
    throw new InputError(
      `--provider "${name}" is not supported (available: ${PROVIDERS.map((p) => p.id).join(", ")}, all)`,
    );
  }
  return [adapter];
}

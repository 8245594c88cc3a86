// Each selected provider's credentials, checked together before any collection: a scan that cannot authenticate
// stops with every provider's fix in one message (exit 2) rather than reading nothing, slowly.
import { InputError } from "../model/input-error.js";
import type { AnyProviderAdapter, CollectOptions } from "./provider.js";
import { resolveProviderOptions, type ProviderOptionsInput } from "./scan.js";

export async function preflightAll(
  adapters: readonly AnyProviderAdapter[],
  common: CollectOptions,
  providerOptions: ProviderOptionsInput = {},
): Promise<void> {
  const resolved = resolveProviderOptions(adapters, providerOptions);
  const outcomes = await Promise.allSettled(
    adapters.map((adapter) => adapter.preflight?.(common, resolved.get(adapter.id))),
  );
  const problems = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
  if (problems.length === 0) return;
  const bug = problems.find((problem) => !(problem instanceof InputError));
  if (bug !== undefined) throw bug;
  throw new InputError(problems.map((problem: InputError) => problem.message).join("\n"));
}

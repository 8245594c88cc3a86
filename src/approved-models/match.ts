// Judges one deployed model against the approved-models policy. Pure; shared by the checks of every cloud.
import type { ApprovedModel, ApprovedModelsPolicy } from "../model/approved-models.js";
import { globMatches } from "../text/glob.js";

/** A deployment's model as the cloud names it; absent fields are ones that cloud does not carry. */
export interface DeployedModel {
  name: string;
  version?: string;
  format?: string;
  publisher?: string;
  /** Azure ML registry the model comes from (undefined for a workspace model). */
  registry?: string;
}

export type ModelVerdict = { approved: true; entry: ApprovedModel } | { approved: false; why: string };

const matches = (pattern: string, value: string) => globMatches(pattern, value, true);

/** An entry's qualifier holds when the entry does not set it, or the model carries a matching value. */
function qualifierHolds(pattern: string | undefined, value: string | undefined): boolean {
  return pattern === undefined || (value !== undefined && matches(pattern, value));
}

export function judgeModel(policy: ApprovedModelsPolicy, model: DeployedModel): ModelVerdict {
  const registries = policy.registries;
  if (model.registry !== undefined && registries && !registries.some((r) => matches(r, model.registry!)))
    return {
      approved: false,
      why: `registry ${model.registry} is not an allowed registry (${registries.join(", ") || "none allowed"})`,
    };
  const candidates = policy.models.filter(
    (entry) =>
      matches(entry.name, model.name) &&
      qualifierHolds(entry.format, model.format) &&
      qualifierHolds(entry.publisher, model.publisher) &&
      qualifierHolds(entry.registry, model.registry),
  );
  if (candidates.length === 0) return { approved: false, why: "not on the approved list" };
  const entry = candidates.find(
    (c) =>
      c.versions === undefined ||
      (model.version !== undefined && c.versions.some((v) => matches(v, model.version!))),
  );
  if (entry) return { approved: true, entry };
  const versions = [...new Set(candidates.flatMap((c) => c.versions ?? []))];
  return {
    approved: false,
    why:
      model.version === undefined
        ? `no version is pinned, and only ${versions.join(", ")} are approved`
        : `version ${model.version} is not approved (${versions.join(", ")})`,
  };
}

/** "gpt-4o 2024-08-06 (format OpenAI)", "Phi-4 3 (registry azureml)". */
export function describeModel(model: DeployedModel): string {
  const where = [
    model.format ? `format ${model.format}` : undefined,
    model.publisher ? `publisher ${model.publisher}` : undefined,
    model.registry ? `registry ${model.registry}` : undefined,
  ].filter(Boolean);
  return `${model.name}${model.version ? ` ${model.version}` : ""}${where.length ? ` (${where.join(", ")})` : ""}`;
}

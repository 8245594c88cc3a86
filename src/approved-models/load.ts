// Reads an approved-models YAML file (--approved-models). Every error is an InputError naming the file, the
// line and the field, so the CLI exits 2 before any cloud call.
import { readFileSync } from "node:fs";
import type { ApprovedModel, ApprovedModelsPolicy } from "../model/approved-models.js";
import { InputError } from "../model/input-error.js";
import { parseYamlFile } from "../text/yaml-file.js";
import { approvedModelsFileSchema } from "./schema.js";

export function loadApprovedModels(file: string): ApprovedModelsPolicy {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read approved-models file: ${(error as Error).message}`);
  }
  return parseApprovedModels(text, file);
}

export function parseApprovedModels(text: string, file: string): ApprovedModelsPolicy {
  const { data } = parseYamlFile(text, file, approvedModelsFileSchema, "approved-models file");
  const models = data.models.map((entry): ApprovedModel => {
    const model: ApprovedModel = { name: entry.name };
    if (entry.versions) model.versions = entry.versions;
    if (entry.format) model.format = entry.format;
    if (entry.publisher) model.publisher = entry.publisher;
    if (entry.registry) model.registry = entry.registry;
    return model;
  });
  return { file, models, ...(data.registries ? { registries: data.registries } : {}) };
}

// A small approved-models policy shared by the approved-models check tables.
import type { ApprovedModelsPolicy } from "../../src/model/approved-models.js";

export const POLICY: ApprovedModelsPolicy = {
  file: "approved-models.yaml",
  models: [
    { format: "OpenAI", name: "gpt-4o", versions: ["2024-08-06", "2024-11-20"] },
    { format: "OpenAI", name: "text-embedding-3-*" },
    { registry: "azureml", name: "Phi-4", versions: ["7"] },
    { name: "credit-scoring" },
  ],
  registries: ["azureml", "contoso-*"],
};

import { expect } from "vitest";
import approvedModels from "../../../checks/model-endpoint/approved-models.js";
import type { EndpointVariant } from "../../../src/model/assets/model-endpoint.js";
import { POLICY } from "../../approved-models/policy.fixtures.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, online } from "./azure-online-endpoint.fixtures.js";

const WORKSPACE =
  "/subscriptions/6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f/resourceGroups/ml-rg/providers/Microsoft.MachineLearningServices/workspaces/ml";
const variant = (name: string, model?: string): EndpointVariant => ({
  name,
  ...(model ? { model } : {}),
  serverless: false,
  shadow: false,
});
const serving = (...variants: EndpointVariant[]) => ({ ...online(false, "entra-id"), variants });

checkTable(approvedModels, {
  inputs: { approvedModels: POLICY },
  valid: [
    {
      name: "an approved registry model from an allowed registry",
      messageId: "allApproved",
      asset: serving(variant("blue", "azureml://registries/azureml/models/Phi-4/versions/7")),
      data: { deployments: ["blue: Phi-4 7 (registry azureml)"] },
    },
    {
      name: "an approved workspace model, by ARM id and by short reference",
      messageId: "allApproved",
      asset: serving(
        variant("blue", `${WORKSPACE}/models/credit-scoring/versions/3`),
        variant("green", "azureml:credit-scoring:4"),
      ),
    },
    { name: "an endpoint without deployments", messageId: "noDeployments", asset: serving() },
  ],
  invalid: [
    {
      name: "a registry that is not allowed",
      messageId: "notApproved",
      asset: serving(variant("blue", "azureml://registries/HuggingFace/models/Phi-4/versions/7")),
      data: {
        deployments: [
          "blue: Phi-4 7 (registry HuggingFace) — registry HuggingFace is not an allowed registry (azureml, contoso-*)",
        ],
      },
      severity: "medium",
    },
    {
      name: "an allowed registry (by glob) but a model not on the list",
      messageId: "notApproved",
      asset: serving(variant("blue", "azureml://registries/contoso-models/models/fraud/versions/1")),
      data: { deployments: ["blue: fraud 1 (registry contoso-models) — not on the approved list"] },
    },
    {
      name: "a registry ARM id; the approved model at another version",
      messageId: "notApproved",
      asset: serving(
        variant(
          "blue",
          "/subscriptions/6f1a0c2e-5d4b-4c3a-9e8f-0a1b2c3d4e5f/resourceGroups/reg/providers/Microsoft.MachineLearningServices/registries/azureml/models/Phi-4/versions/6",
        ),
      ),
      data: { deployments: [expect.stringContaining("version 6 is not approved (7)")] },
    },
    {
      name: "a label pins no version",
      messageId: "notApproved",
      asset: serving(variant("blue", "azureml://registries/azureml/models/Phi-4/labels/latest")),
      data: { deployments: [expect.stringContaining("no version is pinned, and only 7 are approved")] },
    },
    {
      name: "a registry-scoped entry does not approve a workspace model of the same name",
      messageId: "notApproved",
      asset: serving(variant("blue", `${WORKSPACE}/models/Phi-4/versions/7`)),
    },
  ],
  unknown: [
    {
      name: "deployments could not be listed",
      messageId: "cannotTell",
      asset: { ...online(false, "entra-id"), variants: DENIED },
    },
    {
      name: "a deployment without a model asset",
      messageId: "modelNotRead",
      asset: serving(variant("custom")),
      data: { deployments: [expect.stringContaining("names no model asset")] },
    },
    {
      name: "a model reference in no known form",
      messageId: "modelNotRead",
      asset: serving(variant("blue", "https://example.com/model.bin")),
      data: { deployments: ["blue: unrecognised model reference https://example.com/model.bin"] },
    },
  ],
});

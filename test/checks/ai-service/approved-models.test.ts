import approvedModels from "../../../checks/ai-service/approved-models.js";
import { POLICY } from "../../approved-models/policy.fixtures.js";
import { ACCOUNTS_DENIED, aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";

const gpt4o = (version: string) => ({
  name: "chat",
  model: "gpt-4o",
  modelVersion: version,
  modelFormat: "OpenAI",
});

checkTable(approvedModels, {
  inputs: { approvedModels: POLICY },
  valid: [
    {
      name: "approved model and version; a glob entry approves any version",
      messageId: "allApproved",
      asset: aiServiceAsset({
        deployments: [
          gpt4o("2024-08-06"),
          { name: "embed", model: "text-embedding-3-large", modelVersion: "1", modelFormat: "OpenAI" },
        ],
      }),
      data: {
        policy: "approved-models.yaml",
        deployments: [
          "chat: gpt-4o 2024-08-06 (format OpenAI)",
          "embed: text-embedding-3-large 1 (format OpenAI)",
        ],
      },
    },
    {
      name: "names compare case-insensitively",
      messageId: "allApproved",
      asset: aiServiceAsset({ deployments: [{ ...gpt4o("2024-11-20"), model: "GPT-4o" }] }),
    },
    {
      name: "a kind without deployments",
      messageId: "noDeployments",
      asset: aiServiceAsset({ serviceKind: "SpeechServices", deployments: [] }),
    },
  ],
  invalid: [
    {
      name: "a model that is not on the list",
      messageId: "notApproved",
      asset: aiServiceAsset({
        deployments: [
          gpt4o("2024-08-06"),
          { name: "llama", model: "Llama-3.3-70B-Instruct", modelVersion: "4", modelFormat: "Meta" },
        ],
      }),
      data: { deployments: ["llama: Llama-3.3-70B-Instruct 4 (format Meta) — not on the approved list"] },
      severity: "medium",
    },
    {
      name: "an approved model at a version that is not approved",
      messageId: "notApproved",
      asset: aiServiceAsset({ deployments: [gpt4o("2024-05-13")] }),
      data: {
        deployments: [
          "chat: gpt-4o 2024-05-13 (format OpenAI) — version 2024-05-13 is not approved (2024-08-06, 2024-11-20)",
        ],
      },
    },
    {
      name: "the right name under another format is another model",
      messageId: "notApproved",
      asset: aiServiceAsset({ deployments: [{ ...gpt4o("2024-08-06"), modelFormat: "Contoso" }] }),
    },
    {
      name: "a refused model fails even when another deployment's model could not be read",
      messageId: "notApproved",
      asset: aiServiceAsset({
        deployments: [gpt4o("2024-05-13"), { name: "mystery" }],
      }),
      data: { unreadable: ["mystery: the deployment's reply names no model"] },
    },
  ],
  unknown: [
    {
      name: "deployments could not be listed",
      messageId: "cannotTell",
      asset: aiServiceAsset({ deployments: ACCOUNTS_DENIED }),
    },
    {
      name: "a deployment whose model is not in the reply is never a pass",
      messageId: "modelNotRead",
      asset: aiServiceAsset({ deployments: [gpt4o("2024-08-06"), { name: "mystery" }] }),
      data: { deployments: ["mystery: the deployment's reply names no model"] },
    },
    {
      name: "run without the policy (the engine never does), it cannot tell",
      messageId: "cannotTell",
      asset: aiServiceAsset(),
      inputs: {},
    },
  ],
});

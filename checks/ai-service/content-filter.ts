import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AI_INPUT_OUTPUT_FILTERING } from "../compliance.js";

export default defineCheck({
  id: "ai-service.content-filter",
  title: "Every model deployment should apply a content filter (RAI policy)",
  kind: "ai-service",
  category: "threat",
  severity: "medium",
  providers: ["azure"],
  compliance: AI_INPUT_OUTPUT_FILTERING,
  remediation: {
    text: "Create a content filter (RAI policy) with prompt shields for jailbreaks and indirect attacks and the harm categories you need, and attach it to each deployment so prompts and completions are filtered.",
    cli: {
      azure:
        'az cognitiveservices account deployment create --name ACCOUNT --resource-group GROUP --deployment-name DEPLOYMENT --model-name MODEL --model-version VERSION --model-format OpenAI --sku-name Standard --sku-capacity 10  # then attach the policy: az rest --method put --url https://management.azure.com/ACCOUNT_ID/deployments/DEPLOYMENT?api-version=2024-10-01 --body \'{"sku":{...},"properties":{"model":{...},"raiPolicyName":"POLICY"}}\'',
    },
  },
  messages: {
    noDeployments: "No model deployments ({{serviceKind}} account)",
    unfiltered: "{{unfiltered}} of {{total}} deployment(s) name no content filter: {{names}}",
    filtered: "Every deployment applies a content filter: {{filters}}",
  },
  evaluate: (asset) =>
    whenKnown("the account's model deployments", asset.deployments, (deployments) => {
      const evidence = {
        deployments: deployments.map((d) => ({
          name: d.name,
          model: [d.model, d.modelVersion].filter(Boolean).join(" "),
          contentFilter: d.contentFilter ?? null,
        })),
      };
      const unfiltered = deployments.filter((d) => !d.contentFilter);
      if (deployments.length === 0)
        return pass("noDeployments", { ...evidence, serviceKind: asset.serviceKind });
      if (unfiltered.length > 0)
        return fail("unfiltered", {
          ...evidence,
          unfiltered: unfiltered.length,
          total: deployments.length,
          names: unfiltered.map((d) => `${d.name}${d.model ? ` (${d.model})` : ""}`).join(", "),
        });
      return pass("filtered", {
        ...evidence,
        filters: deployments.map((d) => `${d.name} → ${d.contentFilter}`).join(", "),
      });
    }),
});

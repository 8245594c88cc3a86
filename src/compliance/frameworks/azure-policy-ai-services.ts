import { defineFramework } from "../framework.js";

const SRC = "Azure Policy built-in definition";

// The built-in policy definitions of the Azure Ai Services category, by definition name (GUID) and display name.
export default defineFramework({
  id: "azure-policy-ai-services",
  name: "Azure Policy built-ins: Azure AI Services",
  version: "2026-04-29",
  url: "https://github.com/Azure/azure-policy/tree/f4a50bacae07ddb096943c597669bcae494a6e29/built-in-policies/policyDefinitions/Azure%20Ai%20Services",
  benchmark: {
    source:
      "Azure/azure-policy, built-in-policies/policyDefinitions/Azure Ai Services/ (displayName of each definition) at commit f4a50bacae07 (2026-04-29)",
  },
  controls: [
    {
      id: "1b4d1c4e-934c-4703-944c-27c82c06bebb",
      title: "Diagnostic logs in Azure AI services resources should be enabled",
      mappings: [
        {
          checks: ["ai-service.diagnostic-logs"],
          source: `${SRC} 1b4d1c4e-934c-4703-944c-27c82c06bebb: diagnostic settings with the Audit / RequestResponse categories`,
        },
      ],
    },
    {
      id: "71ef260a-8f18-47b7-abcb-62d0673d94dc",
      title: "Azure AI Services resources should have key access disabled (disable local authentication)",
      mappings: [
        {
          checks: ["ai-service.local-auth"],
          source: `${SRC} 71ef260a-8f18-47b7-abcb-62d0673d94dc: disableLocalAuth`,
        },
      ],
    },
    {
      id: "55eff01b-f2bd-4c32-9203-db285f709d30",
      title:
        "Configure Azure AI Services resources to disable local key access (disable local authentication)",
      mappings: [
        {
          checks: ["ai-service.local-auth"],
          source: `${SRC} 55eff01b-f2bd-4c32-9203-db285f709d30: disableLocalAuth (the remediating policy of the same setting)`,
        },
      ],
    },
    {
      id: "d45520cb-31ca-44ba-8da2-fcf914608544",
      title:
        "Configure Azure AI Services resources to disable local key access (disable local authentication)",
      mappings: [
        {
          checks: ["ai-service.local-auth"],
          source: `${SRC} d45520cb-31ca-44ba-8da2-fcf914608544: disableLocalAuth (the remediating policy of the same setting)`,
        },
      ],
    },
    {
      id: "d6759c02-b87f-42b7-892e-71b3f471d782",
      title: "Azure AI Services resources should use Azure Private Link",
      mappings: [
        {
          checks: ["ai-service.private-endpoint"],
          source: `${SRC} d6759c02-b87f-42b7-892e-71b3f471d782: approved private endpoint connections`,
        },
      ],
    },
    {
      id: "037eea7a-bd0a-46c5-9a66-03aea78705d3",
      title: "Azure AI Services resources should restrict network access",
      mappings: [
        {
          checks: ["ai-service.public-network"],
          source: `${SRC} 037eea7a-bd0a-46c5-9a66-03aea78705d3: publicNetworkAccess / networkAcls.defaultAction`,
        },
      ],
    },
  ],
});

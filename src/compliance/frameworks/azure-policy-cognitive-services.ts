import { defineFramework } from "../framework.js";

const SRC = "Azure Policy built-in definition";

// The built-in policy definitions of the Cognitive Services category, by definition name (GUID) and display name.
export default defineFramework({
  id: "azure-policy-cognitive-services",
  name: "Azure Policy built-ins: Cognitive Services",
  version: "2026-04-29",
  url: "https://github.com/Azure/azure-policy/tree/f4a50bacae07ddb096943c597669bcae494a6e29/built-in-policies/policyDefinitions/Cognitive%20Services",
  benchmark: {
    source:
      "Azure/azure-policy, built-in-policies/policyDefinitions/Cognitive Services/ (displayName of each definition) at commit f4a50bacae07 (2026-04-29)",
  },
  controls: [
    {
      id: "c1ad46c6-37f8-4af0-9c71-c208375c87dd",
      title: "[Preview]: Cognitive Services Deployments Should Only Use Allowed Control Mode",
      mappings: [
        {
          checks: ["ai-service.content-filter-blocking"],
          source: `${SRC} c1ad46c6-37f8-4af0-9c71-c208375c87dd: the deployment's RAI policy mode (blocking, not deferred or asynchronous)`,
        },
      ],
    },
    {
      id: "aafe3651-cb78-4f68-9f81-e7e41509110f",
      title: "Cognitive Services Deployments should only use approved Registry Models",
      mappings: [
        {
          checks: ["ai-service.approved-models"],
          source: `${SRC} aafe3651-cb78-4f68-9f81-e7e41509110f: a deployment's model must come from an allowed publisher or asset id; here the list is --approved-models, matched by the deployment's model format, publisher, name and version`,
        },
      ],
    },
    {
      id: "af253d37-136a-42f8-a1fc-30010c083d41",
      title: "[Preview]: Cognitive Services Deployments should only use allowed completion content filtering",
      mappings: [
        {
          checks: ["ai-service.content-filter"],
          source: `${SRC} af253d37-136a-42f8-a1fc-30010c083d41: the deployment's RAI policy filters completions`,
        },
      ],
    },
    {
      id: "930f48f9-f07e-427c-9494-52603581c6a9",
      title: "[Preview]: Cognitive Services Deployments should only use allowed control",
      mappings: [
        {
          checks: ["ai-service.content-filter-blocking"],
          source: `${SRC} 930f48f9-f07e-427c-9494-52603581c6a9: the deployment's RAI policy filters (enabled and blocking, jailbreak shield on)`,
        },
      ],
    },
    {
      id: "f3a9c2e0-7b4d-4d8f-9c3a-2e1f6b9a8d4e",
      title: "[Preview]: Cognitive Services Deployments should only use allowed prompt content filtering",
      mappings: [
        {
          checks: ["ai-service.content-filter"],
          source: `${SRC} f3a9c2e0-7b4d-4d8f-9c3a-2e1f6b9a8d4e: the deployment's RAI policy filters prompts`,
        },
      ],
    },
    {
      id: "11566b39-f7f7-4b82-ab06-68d8700eb0a4",
      title:
        "[Deprecated]: Cognitive Services accounts should use customer owned storage or enable data encryption.",
      gap: {
        status: "not-applicable",
        reason:
          "deprecated by Microsoft; its successor is listed in this file or in another Azure AI category",
      },
    },
    {
      id: "67121cc7-ff39-4ab8-b7e3-95b84dab487d",
      title: "Azure AI Services resources should encrypt data at rest with a customer-managed key (CMK)",
      mappings: [
        {
          checks: ["ai-service.customer-managed-key"],
          source: `${SRC} 67121cc7-ff39-4ab8-b7e3-95b84dab487d: encryption.keySource Microsoft.KeyVault`,
        },
      ],
    },
    {
      id: "14de9e63-1b31-492e-a5a3-c3f7fd57f555",
      title: "Configure Cognitive Services accounts to disable local authentication methods",
      mappings: [
        {
          checks: ["ai-service.local-auth"],
          source: `${SRC} 14de9e63-1b31-492e-a5a3-c3f7fd57f555: disableLocalAuth (the remediating policy of the same setting)`,
        },
      ],
    },
    {
      id: "0725b4dd-7e76-479c-a735-68e7ee23d5ca",
      title: "[Deprecated]: Cognitive Services accounts should disable public network access",
      gap: {
        status: "not-applicable",
        reason:
          "deprecated by Microsoft; its successor is listed in this file or in another Azure AI category",
      },
    },
    {
      id: "47ba1dd7-28d9-4b07-a8d5-9813bed64e0c",
      title: "Configure Cognitive Services accounts to disable public network access",
      mappings: [
        {
          checks: ["ai-service.public-network-disabled"],
          source: `${SRC} 47ba1dd7-28d9-4b07-a8d5-9813bed64e0c: publicNetworkAccess Disabled`,
        },
      ],
    },
    {
      id: "cddd188c-4b82-4c48-a19d-ddf74ee66a01",
      title: "[Deprecated]: Cognitive Services should use private link",
      gap: {
        status: "not-applicable",
        reason:
          "deprecated by Microsoft; its successor is listed in this file or in another Azure AI category",
      },
    },
    {
      id: "db630ad5-52e9-4f4d-9c44-53912fe40053",
      title: "Configure Cognitive Services accounts with private endpoints",
      mappings: [
        {
          checks: ["ai-service.private-endpoint"],
          source: `${SRC} db630ad5-52e9-4f4d-9c44-53912fe40053: approved private endpoint connections`,
        },
      ],
    },
    {
      id: "2bdd0062-9d75-436e-89df-487dd8e4b3c7",
      title: "[Deprecated]: Cognitive Services accounts should enable data encryption",
      gap: {
        status: "not-applicable",
        reason:
          "deprecated by Microsoft; its successor is listed in this file or in another Azure AI category",
      },
    },
    {
      id: "fe3fd216-4f83-4fc1-8984-2bbec80a3418",
      title: "Cognitive Services accounts should use a managed identity",
      mappings: [
        {
          checks: ["ai-service.managed-identity"],
          source: `${SRC} fe3fd216-4f83-4fc1-8984-2bbec80a3418: identity.type`,
        },
      ],
    },
    {
      id: "c4bc6f10-cb41-49eb-b000-d5ab82e2a091",
      title: "Configure Cognitive Services accounts to use private DNS zones",
      mappings: [
        {
          checks: ["ai-service.private-dns-zone"],
          source: `${SRC} c4bc6f10-cb41-49eb-b000-d5ab82e2a091: a privateDnsZoneGroups entry on the account's private endpoints linking privatelink.cognitiveservices.azure.com (the check also asks privatelink.openai.azure.com of OpenAI and AI Services accounts, whose names resolve through it)`,
        },
      ],
    },
    {
      id: "46aa9b05-0e60-4eae-a88b-1e9d374fa515",
      title: "Cognitive Services accounts should use customer owned storage",
      mappings: [
        {
          checks: ["ai-service.customer-owned-storage"],
          source: `${SRC} 46aa9b05-0e60-4eae-a88b-1e9d374fa515: userOwnedStorage (for the kinds that offer it)`,
        },
      ],
    },
  ],
});

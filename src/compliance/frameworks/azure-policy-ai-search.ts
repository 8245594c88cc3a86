import { defineFramework } from "../framework.js";

const SRC = "Azure Policy built-in definition";

// The built-in policy definitions of the Search category, by definition name (GUID) and display name.
export default defineFramework({
  id: "azure-policy-ai-search",
  name: "Azure Policy built-ins: Azure AI Search",
  version: "2026-04-29",
  url: "https://github.com/Azure/azure-policy/tree/f4a50bacae07ddb096943c597669bcae494a6e29/built-in-policies/policyDefinitions/Search",
  benchmark: {
    source:
      "Azure/azure-policy, built-in-policies/policyDefinitions/Search/ (displayName of each definition) at commit f4a50bacae07 (2026-04-29)",
  },
  controls: [
    {
      id: "b4330a05-a843-4bc8-bf9a-cacce50c67f4",
      title: "Resource logs in Search services should be enabled",
      mappings: [
        {
          checks: ["search.audit-logging"],
          source: `${SRC} b4330a05-a843-4bc8-bf9a-cacce50c67f4: diagnostic settings with the OperationLogs category`,
        },
      ],
    },
    {
      id: "76a56461-9dc0-40f0-82f5-2453283afa2f",
      title: "Azure AI Search services should use customer-managed keys to encrypt data at rest",
      mappings: [
        {
          checks: ["search.customer-managed-key"],
          source: `${SRC} 76a56461-9dc0-40f0-82f5-2453283afa2f: encryptionWithCmk`,
        },
      ],
    },
    {
      id: "356da939-f20a-4bb9-86f8-5db445b0e354",
      title: "Configure Azure AI Search services to enforce customer-managed keys to encrypt data at rest",
      mappings: [
        {
          checks: ["search.customer-managed-key"],
          source: `${SRC} 356da939-f20a-4bb9-86f8-5db445b0e354: encryptionWithCmk.enforcement`,
        },
      ],
    },
    {
      id: "6300012e-e9a4-4649-b41f-a85f5c43be91",
      title: "Azure AI Search services should have local authentication methods disabled",
      mappings: [
        {
          checks: ["search.local-auth"],
          source: `${SRC} 6300012e-e9a4-4649-b41f-a85f5c43be91: disableLocalAuth`,
        },
      ],
    },
    {
      id: "4eb216f2-9dba-4979-86e6-5d7e63ce3b75",
      title: "Configure Azure AI Search services to disable local authentication",
      mappings: [
        {
          checks: ["search.local-auth"],
          source: `${SRC} 4eb216f2-9dba-4979-86e6-5d7e63ce3b75: disableLocalAuth (the remediating policy of the same setting)`,
        },
      ],
    },
    {
      id: "fbc14a67-53e4-4932-abcc-2049c6706009",
      title: "Configure Azure AI Search services to use private DNS zones",
      mappings: [
        {
          checks: ["search.private-dns-zone"],
          source: `${SRC} fbc14a67-53e4-4932-abcc-2049c6706009: a privateDnsZoneGroups entry on the service's private endpoints (group id searchService) linking privatelink.search.windows.net`,
        },
      ],
    },
    {
      id: "0fda3595-9f2b-4592-8675-4231d6fa82fe",
      title: "[Deprecated]: Azure AI Search services should use private link",
      gap: {
        status: "not-applicable",
        reason:
          "deprecated by Microsoft; its successor is listed in this file or in another Azure AI category",
      },
    },
    {
      id: "b698b005-b660-4837-b833-a7aaab26ddba",
      title: "Configure Azure AI Search services with private endpoints",
      mappings: [
        {
          checks: ["search.private-endpoint"],
          source: `${SRC} b698b005-b660-4837-b833-a7aaab26ddba: approved private endpoint connections`,
        },
      ],
    },
    {
      id: "9cee519f-d9c1-4fd9-9f79-24ec3449ed30",
      title: "Configure Azure AI Search services to disable public network access",
      mappings: [
        {
          checks: ["search.public-network-disabled"],
          source: `${SRC} 9cee519f-d9c1-4fd9-9f79-24ec3449ed30: publicNetworkAccess disabled (the remediating policy of the same setting)`,
        },
      ],
    },
    {
      id: "a049bf77-880b-470f-ba6d-9f21c530cf83",
      title: "Azure AI Search service should use a SKU that supports private link",
      mappings: [
        { checks: ["search.free-sku"], source: `${SRC} a049bf77-880b-470f-ba6d-9f21c530cf83: sku.name free` },
      ],
    },
    {
      id: "ee980b6d-0eca-4501-8d54-f6290fd512c3",
      title: "Azure AI Search services should disable public network access",
      mappings: [
        {
          checks: ["search.public-network-disabled"],
          source: `${SRC} ee980b6d-0eca-4501-8d54-f6290fd512c3: publicNetworkAccess disabled`,
        },
      ],
    },
  ],
});

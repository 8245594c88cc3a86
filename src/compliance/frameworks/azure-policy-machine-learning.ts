import { defineFramework } from "../framework.js";

const SRC = "Azure Policy built-in definition";

// The built-in policy definitions of the Machine Learning category, by definition name (GUID) and display name.
export default defineFramework({
  id: "azure-policy-machine-learning",
  name: "Azure Policy built-ins: Machine Learning",
  version: "2026-04-29",
  url: "https://github.com/Azure/azure-policy/tree/f4a50bacae07ddb096943c597669bcae494a6e29/built-in-policies/policyDefinitions/Machine%20Learning",
  benchmark: {
    source:
      "Azure/azure-policy, built-in-policies/policyDefinitions/Machine Learning/ (displayName of each definition) at commit f4a50bacae07 (2026-04-29)",
  },
  controls: [
    {
      id: "12e5dd16-d201-47ff-849b-8454061c293d",
      title: "[Preview]: Azure Machine Learning Deployments should only use approved Registry Models",
      mappings: [
        {
          checks: ["model-endpoint.approved-models"],
          source: `${SRC} 12e5dd16-d201-47ff-849b-8454061c293d: a deployment's registry model (asset id azureml://registries/…) must be on the allowed list; here the list is --approved-models, matched by registry, name and version`,
        },
      ],
    },
    {
      id: "5853517a-63de-11ea-bc55-0242ac130003",
      title: "[Preview]: Configure allowed registries for specified Azure Machine Learning computes",
      gap: {
        status: "not-applicable",
        reason: "sets a job-time policy on computes; there is no resource setting to read",
      },
    },
    {
      id: "1d413020-63de-11ea-bc55-0242ac130003",
      title:
        "[Preview]: Configure log filter expressions and datastore to be used for full logs for specified Azure Machine Learning computes",
      gap: {
        status: "not-applicable",
        reason: "sets a job-time policy on computes; there is no resource setting to read",
      },
    },
    {
      id: "53c70b02-63dd-11ea-bc55-0242ac130003",
      title: "[Preview]: Configure allowed module authors for specified Azure Machine Learning computes",
      gap: {
        status: "not-applicable",
        reason: "sets a job-time policy on computes; there is no resource setting to read",
      },
    },
    {
      id: "77eeea86-7e81-4a7d-9067-de844d096752",
      title: "[Preview]: Configure allowed Python packages for specified Azure Machine Learning computes",
      gap: {
        status: "not-applicable",
        reason: "sets a job-time policy on computes; there is no resource setting to read",
      },
    },
    {
      id: "6a6f7384-63de-11ea-bc55-0242ac130003",
      title:
        "[Preview]: Configure code signing for training code for specified Azure Machine Learning computes",
      gap: {
        status: "not-applicable",
        reason: "sets a job-time policy on computes; there is no resource setting to read",
      },
    },
    {
      id: "3948394e-63de-11ea-bc55-0242ac130003",
      title:
        "[Preview]: Configure an approval endpoint called prior to jobs running for specified Azure Machine Learning computes",
      gap: {
        status: "not-applicable",
        reason: "sets a job-time policy on computes; there is no resource setting to read",
      },
    },
    {
      id: "afe0c3be-ba3b-4544-ba52-0c99672a8ad6",
      title: "Resource logs in Azure Machine Learning Workspaces should be enabled",
      mappings: [
        {
          checks: ["ml-workspace.diagnostic-logs"],
          source: `${SRC} afe0c3be-ba3b-4544-ba52-0c99672a8ad6: diagnostic settings with the workspace's resource logs`,
        },
      ],
    },
    {
      id: "f59276f0-5740-4aaf-821d-45d185aa210e",
      title: "Configure diagnostic settings for Azure Machine Learning Workspaces to Log Analytics workspace",
      mappings: [
        {
          checks: ["ml-workspace.diagnostic-logs"],
          source: `${SRC} f59276f0-5740-4aaf-821d-45d185aa210e: diagnostic settings sending the workspace's logs (destination named in the evidence)`,
        },
      ],
    },
    {
      id: "f110a506-2dcb-422e-bcea-d533fc8c35e2",
      title:
        "Azure Machine Learning compute instances should be recreated to get the latest software updates",
      mappings: [
        {
          checks: ["ml-workspace.compute-os-current"],
          source: `${SRC} f110a506-2dcb-422e-bcea-d533fc8c35e2: osImageMetadata.isLatestOsImageVersion of compute instances`,
        },
      ],
    },
    {
      id: "e96a9a5f-07ca-471b-9bc5-6a0f33cbd68f",
      title: "Azure Machine Learning Computes should have local authentication methods disabled",
      mappings: [
        {
          checks: ["ml-workspace.compute-local-auth"],
          source: `${SRC} e96a9a5f-07ca-471b-9bc5-6a0f33cbd68f: disableLocalAuth of every compute`,
        },
      ],
    },
    {
      id: "a6f9a2d0-cff7-4855-83ad-4cd750666512",
      title: "Configure Azure Machine Learning Computes to disable local authentication methods",
      mappings: [
        {
          checks: ["ml-workspace.compute-local-auth"],
          source: `${SRC} a6f9a2d0-cff7-4855-83ad-4cd750666512: disableLocalAuth of every compute (the remediating policy of the same setting)`,
        },
      ],
    },
    {
      id: "679ddf89-ab8f-48a5-9029-e76054077449",
      title: "Azure Machine Learning Compute Instance should have idle shutdown.",
      mappings: [
        {
          checks: ["ml-workspace.compute-idle-shutdown"],
          source: `${SRC} 679ddf89-ab8f-48a5-9029-e76054077449: idleTimeBeforeShutdown of compute instances`,
        },
      ],
    },
    {
      id: "6ddb1705-c8cf-450e-aa4b-19ad6703c440",
      title: "Azure Machine Learning and Ai Studio should use Allow Only Approved Outbound Managed Vnet mode",
      mappings: [
        {
          checks: ["ml-workspace.managed-network"],
          source: `${SRC} 6ddb1705-c8cf-450e-aa4b-19ad6703c440: managedNetwork.isolationMode AllowOnlyApprovedOutbound (a project's from its hub)`,
        },
      ],
    },
    {
      id: "19539b54-c61e-4196-9a38-67598701be90",
      title:
        "[Preview]: Azure Machine Learning Model Registry Deployments are restricted except for the allowed Registry",
      mappings: [
        {
          checks: ["model-endpoint.approved-models"],
          source: `${SRC} 19539b54-c61e-4196-9a38-67598701be90: a registry model's asset id must name the allowed registry; here the registries listed in --approved-models`,
        },
      ],
    },
    {
      id: "7804b5c7-01dc-4723-969b-ae300cc07ff1",
      title: "Azure Machine Learning Computes should be in a virtual network",
      mappings: [
        {
          checks: ["ml-workspace.compute-vnet"],
          source: `${SRC} 7804b5c7-01dc-4723-969b-ae300cc07ff1: subnet of compute instances and clusters, or the workspace's managed network`,
        },
      ],
    },
    {
      id: "ba769a63-b8cc-4b2d-abf6-ac33c7204be8",
      title: "Azure Machine Learning workspaces should be encrypted with a customer-managed key",
      mappings: [
        {
          checks: ["ml-workspace.kms-key"],
          source: `${SRC} ba769a63-b8cc-4b2d-abf6-ac33c7204be8: encryption.keyVaultProperties`,
        },
      ],
    },
    {
      id: "7f40cee6-e933-4d0f-a782-b96615e0f4a6",
      title: "Azure Machine Learning workspaces should be encrypted with the use of a customer-managed key",
      mappings: [
        {
          checks: ["ml-workspace.kms-key"],
          source: `${SRC} 7f40cee6-e933-4d0f-a782-b96615e0f4a6: encryption.keyVaultProperties`,
        },
      ],
    },
    {
      id: "e413671a-dd10-4cc1-a943-45b598596cb7",
      title:
        "Azure Machine Learning workspaces should enable V1LegacyMode to support network isolation backward compatibility",
      gap: {
        status: "not-applicable",
        reason:
          "outdated and now inverse to Microsoft's guidance: v1LegacyMode pins a workspace to the v1 API platform, retired since (v1 API deprecated 31 March 2025, CLI v1 support ended 30 September 2025, SDK v1 support 30 June 2026) and shutting out v2 features; aiposture reads v1LegacyMode and flags the opposite, a workspace still pinned to it (ml-workspace.v1-legacy-mode). The risk behind the policy, v2 control-plane calls over public Resource Manager, is closed by Resource Manager private link, which is not read",
      },
    },
    {
      id: "ee40564d-486e-4f68-a5ca-7a621edae0fb",
      title: "Configure Azure Machine Learning workspace to use private DNS zones",
      mappings: [
        {
          checks: ["ml-workspace.private-dns-zone"],
          source: `${SRC} ee40564d-486e-4f68-a5ca-7a621edae0fb: a privateDnsZoneGroups entry on the workspace's private endpoints (group id amlworkspace) linking privatelink.api.azureml.ms and privatelink.notebooks.azure.net`,
        },
      ],
    },
    {
      id: "40cec1dd-a100-4920-b15b-3024fe8901ab",
      title: "[Deprecated]: Azure Machine Learning workspaces should use private link",
      gap: {
        status: "not-applicable",
        reason:
          "deprecated by Microsoft; its successor is listed in this file or in another Azure AI category",
      },
    },
    {
      id: "45e05259-1eb5-4f70-9574-baf73e9d219b",
      title: "Azure Machine Learning workspaces should use private link",
      mappings: [
        {
          checks: ["ml-workspace.private-endpoint"],
          source: `${SRC} 45e05259-1eb5-4f70-9574-baf73e9d219b: approved private endpoint connections`,
        },
      ],
    },
    {
      id: "7838fd83-5cbb-4b5d-888c-bfa240972597",
      title: "Configure Azure Machine Learning workspaces with private endpoints",
      mappings: [
        {
          checks: ["ml-workspace.private-endpoint"],
          source: `${SRC} 7838fd83-5cbb-4b5d-888c-bfa240972597: approved private endpoint connections`,
        },
      ],
    },
    {
      id: "438c38d2-3772-465a-a9cc-7a6666a275ce",
      title: "Azure Machine Learning Workspaces should disable public network access",
      mappings: [
        {
          checks: ["ml-workspace.public-internet"],
          source: `${SRC} 438c38d2-3772-465a-a9cc-7a6666a275ce: publicNetworkAccess`,
        },
      ],
    },
    {
      id: "a10ee784-7409-4941-b091-663697637c0f",
      title: "Configure Azure Machine Learning Workspaces to disable public network access",
      mappings: [
        {
          checks: ["ml-workspace.public-internet"],
          source: `${SRC} a10ee784-7409-4941-b091-663697637c0f: publicNetworkAccess (the remediating policy of the same setting)`,
        },
      ],
    },
    {
      id: "5f0c7d88-c7de-45b8-ac49-db49e72eaa78",
      title: "Azure Machine Learning workspaces should use user-assigned managed identity",
      mappings: [
        {
          checks: ["ml-workspace.user-assigned-identity"],
          source: `${SRC} 5f0c7d88-c7de-45b8-ac49-db49e72eaa78: identity.userAssignedIdentities`,
        },
      ],
    },
  ],
});

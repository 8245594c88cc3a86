import check from "../../../checks/ml-workspace/managed-network.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { workspaceAsset } from "../../support/ml-assets.js";
import { checkTable } from "../../support/check-table.js";
import { rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

const HUB =
  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/ai-hub";
const project = (hub = HUB) => rawWorkspace({ kind: "Project", properties: { hubResourceId: hub } });
const hub = (isolationMode: string) =>
  azureWorkspaceAsset({
    id: HUB,
    name: "ai-hub",
    managedNetwork: { isolationMode, detail: `mode ${isolationMode}` },
  });

checkTable(check, {
  valid: [
    { name: "hub with approved-only outbound", messageId: "approvedOnly", asset: azureWorkspaceAsset() },
    {
      name: "raw record: AllowOnlyApprovedOutbound",
      messageId: "approvedOnly",
      asset: rawWorkspace({
        kind: "Hub",
        properties: { managedNetwork: { isolationMode: "AllowOnlyApprovedOutbound" } },
      }),
    },
    {
      name: "raw record: a project inherits its hub's approved-only network",
      messageId: "approvedOnly",
      asset: project(),
      neighbours: [hub("AllowOnlyApprovedOutbound")],
    },
  ],
  invalid: [
    {
      name: "raw record: internet outbound allowed",
      messageId: "open",
      asset: rawWorkspace({
        kind: "Hub",
        properties: { managedNetwork: { isolationMode: "AllowInternetOutbound" } },
      }),
      data: { kind: "Hub", isolationMode: "AllowInternetOutbound" },
      severity: "medium",
    },
    {
      name: "raw record: no managed network on a Default workspace",
      messageId: "open",
      asset: rawWorkspace({}),
      data: { isolationMode: "Disabled" },
    },
    {
      name: "raw record: a project whose hub allows internet outbound",
      messageId: "open",
      asset: project(),
      neighbours: [hub("AllowInternetOutbound")],
      data: { kind: "Project", isolationMode: "AllowInternetOutbound" },
    },
  ],
  unknown: [
    {
      name: "raw record: workspace GET not read",
      messageId: "cannotTell",
      asset: unreadWorkspace("Workspaces_Get"),
    },
    {
      name: "raw record: a project whose hub was not read",
      messageId: "hubUnread",
      asset: project(),
      data: { hub: HUB },
    },
    {
      name: "a SageMaker domain reports no managed network",
      messageId: "cannotTell",
      asset: workspaceAsset(),
    },
  ],
});

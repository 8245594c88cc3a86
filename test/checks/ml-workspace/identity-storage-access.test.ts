import check from "../../../checks/ml-workspace/identity-storage-access.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

checkTable(check, {
  valid: [
    { name: "identity", messageId: "identity", asset: azureWorkspaceAsset() },
    {
      name: "raw record: a hub with identity datastores",
      messageId: "identity",
      asset: rawWorkspace({ kind: "Hub", properties: { systemDatastoresAuthMode: "identity" } }),
    },
  ],
  invalid: [
    {
      name: "raw record: access keys",
      messageId: "keys",
      asset: rawWorkspace({ kind: "Hub", properties: { systemDatastoresAuthMode: "accesskey" } }),
      data: { mode: "accesskey" },
      severity: "medium",
    },
    {
      name: "raw record: not set means keys",
      messageId: "keys",
      asset: rawWorkspace({}),
      data: { mode: "accesskey" },
    },
  ],
  unknown: [
    { name: "raw record: GET not read", messageId: "cannotTell", asset: unreadWorkspace("Workspaces_Get") },
  ],
});

import check from "../../../checks/ml-workspace/private-endpoint.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

const pe = (status: string) => ({ properties: { privateLinkServiceConnectionState: { status } } });

checkTable(check, {
  valid: [
    { name: "one approved", messageId: "connected", asset: azureWorkspaceAsset() },
    {
      name: "raw record: one approved, one pending",
      messageId: "connected",
      asset: rawWorkspace({ properties: { privateEndpointConnections: [pe("Approved"), pe("Pending")] } }),
      data: { count: 1 },
    },
  ],
  invalid: [
    { name: "raw record: none", messageId: "none", asset: rawWorkspace({}), severity: "medium" },
    {
      name: "raw record: only a rejected connection",
      messageId: "none",
      asset: rawWorkspace({ properties: { privateEndpointConnections: [pe("Rejected")] } }),
    },
  ],
  unknown: [
    { name: "raw record: GET not read", messageId: "cannotTell", asset: unreadWorkspace("Workspaces_Get") },
  ],
});

// model-endpoint.public-network: Azure ML online endpoints only.
import publicNetwork from "../../../checks/model-endpoint/public-network.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset } from "../../support/ml-assets.js";
import { DENIED, online } from "./azure-online-endpoint.fixtures.js";

checkTable(publicNetwork, {
  valid: [{ name: "public network access disabled", messageId: "private", asset: online(false, "entra-id") }],
  invalid: [
    {
      name: "public network access enabled",
      asset: online(true, "entra-id"),
      messageId: "public",
      data: { detail: "publicNetworkAccess Enabled" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      asset: endpointAsset({ networkAccess: DENIED }),
      messageId: "cannotTell",
      data: {
        reason: "OnlineEndpoints_List failed: AuthorizationFailed",
      },
    },
  ],
});

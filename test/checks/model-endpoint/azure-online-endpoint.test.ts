// model-endpoint.public-network and model-endpoint.key-auth: Azure ML online endpoints only.
import keyAuth from "../../../checks/model-endpoint/key-auth.js";
import publicNetwork from "../../../checks/model-endpoint/public-network.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset } from "../../support/ml-assets.js";

const DENIED = unknown("OnlineEndpoints_List failed: AuthorizationFailed");
const online = (publicNet: boolean, method: string) =>
  endpointAsset({
    provider: "azure",
    type: "azure.machinelearning.onlineendpoint",
    name: "scoring",
    networkAccess: {
      publicNetwork: publicNet,
      detail: `publicNetworkAccess ${publicNet ? "Enabled" : "Disabled"}`,
    },
    authentication: { required: true, methods: [method], detail: `authMode ${method}` },
  });

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

checkTable(keyAuth, {
  valid: [
    { name: "Entra ID token", messageId: "noKeys", asset: online(true, "entra-id") },
    { name: "AML token", messageId: "noKeys", asset: online(false, "aml-token") },
  ],
  invalid: [
    {
      name: "static keys",
      asset: online(false, "key"),
      messageId: "keysAccepted",
      data: { detail: "authMode key" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      asset: endpointAsset({ authentication: DENIED }),
      messageId: "cannotTell",
      data: {
        reason: "OnlineEndpoints_List failed: AuthorizationFailed",
      },
    },
  ],
});

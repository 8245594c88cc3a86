// model-endpoint.key-auth: Azure ML online endpoints only.
import keyAuth from "../../../checks/model-endpoint/key-auth.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset } from "../../support/ml-assets.js";
import { DENIED, online } from "./azure-online-endpoint.fixtures.js";

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

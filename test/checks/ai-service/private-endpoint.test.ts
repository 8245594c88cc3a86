import privateEndpoint from "../../../checks/ai-service/private-endpoint.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { PUBLIC, RESTRICTED, LISTED_DENIED } from "./ai-service.fixtures.js";

checkTable(privateEndpoint, {
  valid: [
    { name: "not public", messageId: "notPublic", asset: aiServiceAsset({ exposure: RESTRICTED }) },
    {
      name: "public but with a private endpoint",
      messageId: "privateEndpoints",
      asset: aiServiceAsset({
        exposure: PUBLIC,
        network: { placement: "public", privateEndpoints: 1, detail: "1 approved" },
      }),
    },
  ],
  invalid: [
    {
      name: "public with no private endpoint",
      asset: aiServiceAsset({
        exposure: PUBLIC,
        network: { placement: "public", privateEndpoints: 0, detail: "0 approved" },
      }),
      messageId: "noPrivateEndpoint",
      severity: "low",
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: aiServiceAsset({ network: LISTED_DENIED }) },
  ],
});

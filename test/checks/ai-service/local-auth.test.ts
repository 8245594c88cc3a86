import localAuth from "../../../checks/ai-service/local-auth.js";
import { aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { LISTED_DENIED } from "./ai-service.fixtures.js";

checkTable(localAuth, {
  valid: [{ name: "Entra ID only", messageId: "entraOnly", asset: aiServiceAsset() }],
  invalid: [
    {
      name: "keys accepted",
      asset: aiServiceAsset({
        authentication: {
          localAuth: true,
          methods: ["api-key", "entra-id"],
          detail: "disableLocalAuth not set",
        },
      }),
      messageId: "keysAccepted",
      data: { detail: "disableLocalAuth not set" },
      severity: "medium",
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: aiServiceAsset({ authentication: LISTED_DENIED }) },
  ],
});

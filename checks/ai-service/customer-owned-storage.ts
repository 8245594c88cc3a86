import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

/** Kinds that accept a customer's storage account for their data ("bring your own storage"). */
const BRING_YOUR_OWN_STORAGE = new Set(["speechservices", "formrecognizer", "textanalytics", "aiservices"]);

export default defineCheck({
  id: "ai-service.customer-owned-storage",
  title: "AI service accounts that keep data should keep it in the customer's own storage",
  kind: "ai-service",
  category: "encryption",
  severity: "low",
  providers: ["azure"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Link a storage account you control (userOwnedStorage) so the service's stored data (audio logs, custom models, documents) sits under your keys, network rules and retention.",
    cli: {
      azure:
        'az cognitiveservices account update --name ACCOUNT --resource-group GROUP --storage \'[{"resourceId":"STORAGE_ACCOUNT_ID"}]\'',
    },
  },
  messages: {
    notOffered: "{{serviceKind}} accounts do not take a customer's storage account",
    microsoftStorage: "{{detail}}",
    customerStorage: "{{detail}}",
  },
  evaluate: (asset) => {
    if (!BRING_YOUR_OWN_STORAGE.has(asset.serviceKind.toLowerCase()))
      return pass("notOffered", { serviceKind: asset.serviceKind });
    return whenKnown("the account's user-owned storage", asset.customerStorage, (storage) =>
      storage.accounts.length
        ? pass("customerStorage", { ...storage })
        : fail("microsoftStorage", { ...storage }),
    );
  },
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "ai-service.customer-managed-key",
  title:
    "AI service accounts should encrypt stored data (fine-tuning files, batch data) with a customer-managed key",
  kind: "ai-service",
  category: "encryption",
  severity: "low",
  providers: ["azure"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Give the account a managed identity with get/wrapKey/unwrapKey on a Key Vault key, then switch encryption to the Key Vault key so you control (and can revoke) access to uploaded training files and stored results.",
    cli: {
      azure:
        'az cognitiveservices account identity assign --name ACCOUNT --resource-group GROUP && az cognitiveservices account update --name ACCOUNT --resource-group GROUP --encryption \'{"keySource":"Microsoft.KeyVault","keyVaultProperties":{"keyName":"KEY","keyVaultUri":"https://VAULT.vault.azure.net/"}}\'',
    },
  },
  messages: {
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    customerKeyUnnamed: "Encrypted with customer-managed key",
    providerKey: "Encrypted only with {{algorithm}}",
  },
  evaluate: (asset) =>
    whenKnown("the account's encryption key", asset.encryptionAtRest, (encryption) =>
      encryption.keyManager === "customer"
        ? pass(encryption.keyId ? "customerKey" : "customerKeyUnnamed", { ...encryption })
        : fail("providerKey", {
            ...encryption,
            algorithm: encryption.algorithm ?? "a Microsoft-managed key",
          }),
    ),
});

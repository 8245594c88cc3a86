import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "storage.customer-managed-key",
  title: "Storage holding AI data should be encrypted with a customer-managed key",
  kind: "storage",
  category: "encryption",
  severity: "low",
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Use SSE-KMS with a customer-managed KMS key (or a Key Vault key) so access to the data also requires access to the key, and key use is audited.",
    cli: {
      aws: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --encryption-key-source Microsoft.Keyvault --encryption-key-vault VAULT_URI --encryption-key-name KEY",
    },
  },
  messages: {
    notEncrypted: "Not encrypted at rest at all",
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    customerKeyUnnamed: "Encrypted with customer-managed key",
    providerKey: "Encrypted only with a provider-managed key ({{algorithm}})",
  },
  evaluate: (asset) =>
    whenKnown("the encryption key", asset.encryptionAtRest, (encryption) => {
      if (!encryption.enabled) return fail("notEncrypted", { ...encryption });
      return encryption.keyManager === "customer"
        ? pass(encryption.keyId ? "customerKey" : "customerKeyUnnamed", { ...encryption })
        : fail("providerKey", { ...encryption, algorithm: encryption.algorithm ?? "platform key" });
    }),
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_AT_REST } from "../compliance.js";

export default defineCheck({
  id: "storage.encryption-at-rest",
  title: "Storage must encrypt data at rest by default",
  kind: "storage",
  category: "encryption",
  severity: "high",
  compliance: ENCRYPTION_AT_REST,
  remediation: {
    text: "Configure default encryption with a KMS key (SSE-KMS) or a Key Vault customer-managed key.",
    cli: {
      aws: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
      azure: "az storage account update --name ACCOUNT --resource-group GROUP --encryption-services blob",
    },
  },
  messages: {
    encrypted: "Encrypted at rest with {{with}}",
    notEncrypted: "No default encryption at rest is configured",
  },
  evaluate: (asset) =>
    whenKnown("default encryption", asset.encryptionAtRest, (encryption) =>
      encryption.enabled
        ? pass("encrypted", {
            ...encryption,
            with: encryption.algorithm ?? `${encryption.keyManager}-managed key`,
          })
        : fail("notEncrypted", { ...encryption }),
    ),
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "search.customer-managed-key",
  title: "Search clusters holding AI data should be encrypted with a customer-managed key",
  kind: "search",
  category: "encryption",
  severity: "low",
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "Encrypt with a customer managed KMS key, so reading the data also needs the key and key use is audited and revocable. The key of an encrypted domain cannot change: create a domain with the key and restore a snapshot into it.",
    cli: {
      aws: "aws opensearch create-domain --domain-name NEW_DOMAIN --engine-version OpenSearch_2.13 --encryption-at-rest-options Enabled=true,KmsKeyId=KEY_ARN --node-to-node-encryption-options Enabled=true --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10",
      azure:
        "az resource update --ids SERVICE_ID --set properties.encryptionWithCmk.enforcement=Enabled  # after giving every index and synonym map a Key Vault encryptionKey",
    },
  },
  messages: {
    notEncrypted: "Not encrypted at rest at all",
    customerKey: "Encrypted with customer managed key {{keyId}}",
    customerKeyUnnamed: "Encrypted with customer managed key",
    microsoftKey:
      "Not every object is encrypted with a customer-managed key ({{algorithm}}): their use cannot be limited or revoked by you",
    awsKey: "Encrypted only with an AWS managed key ({{keyId}}): its use cannot be limited or revoked by you",
  },
  evaluate: (asset) =>
    whenKnown("who manages the encryption key", asset.encryptionAtRest, (encryption) => {
      if (!encryption.enabled) return fail("notEncrypted", { ...encryption });
      if (encryption.keyManager === "customer")
        return pass(encryption.keyId ? "customerKey" : "customerKeyUnnamed", { ...encryption });
      return asset.provider === "azure"
        ? fail("microsoftKey", { ...encryption, algorithm: encryption.algorithm ?? "Microsoft-managed keys" })
        : fail("awsKey", { ...encryption, keyId: encryption.keyId ?? "aws/es" });
    }),
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_AT_REST } from "../compliance.js";

export default defineCheck({
  id: "search.encryption-at-rest",
  title: "Search clusters must encrypt indices, snapshots and logs at rest",
  kind: "search",
  category: "encryption",
  severity: "high",
  compliance: ENCRYPTION_AT_REST,
  remediation: {
    text: "Enable encryption at rest with a KMS key (OpenSearch 1.x+ and Elasticsearch 6.7+ can enable it in place; older domains need a new domain and a snapshot restore).",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --encryption-at-rest-options Enabled=true,KmsKeyId=KEY_ARN",
    },
  },
  messages: {
    encrypted: "Encrypted at rest ({{key}})",
    notEncrypted: "Data is not encrypted at rest: indices, snapshots and logs sit on disk in the clear",
  },
  evaluate: (asset) =>
    whenKnown("encryption at rest", asset.encryptionAtRest, (encryption) =>
      encryption.enabled
        ? pass("encrypted", {
            ...encryption,
            key: encryption.keyId ?? `${encryption.keyManager}-managed key`,
          })
        : fail("notEncrypted", { ...encryption }),
    ),
});

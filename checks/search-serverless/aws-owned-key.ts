import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "search-serverless.aws-owned-key",
  title: "Serverless search collections holding AI data should be encrypted with a customer managed key",
  kind: "search-serverless",
  category: "encryption",
  severity: "low",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "A collection keeps the key it was created with: create an encryption policy naming a customer managed KMS key for the collection's name pattern, create a new collection under it, and reindex into it.",
    cli: {
      aws: 'aws opensearchserverless create-security-policy --type encryption --name POLICY --policy \'{"Rules":[{"ResourceType":"collection","Resource":["collection/NAME*"]}],"AWSOwnedKey":false,"KmsARN":"KEY_ARN"}\'',
    },
  },
  messages: {
    customerKey: "Encrypted with customer managed key {{keyId}}",
    customerKeyUnnamed: "Encrypted with customer managed key",
    awsOwnedKey: "Encrypted with an AWS owned key: you cannot audit, limit or revoke its use",
  },
  evaluate: (asset) =>
    whenKnown("the collection's encryption key", asset.encryptionAtRest, (encryption) => {
      const evidence = { ...encryption, encryptionPolicies: asset.encryptionPolicies };
      return encryption.keyManager === "customer"
        ? pass(encryption.keyId ? "customerKey" : "customerKeyUnnamed", { ...evidence })
        : fail("awsOwnedKey", evidence);
    }),
});

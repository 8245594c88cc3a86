import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "custom-model.customer-managed-key",
  title: "Custom models should be encrypted with a customer-managed key",
  kind: "custom-model",
  category: "encryption",
  severity: "low",
  compliance: CUSTOMER_MANAGED_KEYS,
  // Fine-tuned weights can reproduce their training data: a model tagged as holding sensitive data matters more.
  sensitiveDataRaisesSeverity: true,
  remediation: {
    text: "A custom model's key is fixed when it is created: run the customization job again with a customer-managed KMS key (so access to the weights also needs the key, its use is logged, and disabling it cuts access), move consumers to the new model, then delete the old one.",
    cli: {
      aws: "aws bedrock create-model-customization-job --job-name JOB --custom-model-name MODEL --role-arn ROLE_ARN --base-model-identifier BASE_MODEL --training-data-config s3Uri=s3://BUCKET/train.jsonl --output-data-config s3Uri=s3://BUCKET/output/ --hyper-parameters epochCount=1 --custom-model-kms-key-id KEY_ARN",
    },
  },
  messages: {
    customerKey: "Encrypted with customer-managed key {{keyId}}",
    customerKeyUnnamed: "Encrypted with customer-managed key",
    providerKey:
      "Encrypted only with a key AWS owns: no key policy, no record of its use, no way to revoke it",
  },
  evaluate: (asset) =>
    whenKnown("the custom model's key", asset.encryptionAtRest, (encryption) =>
      encryption.keyManager === "customer"
        ? pass(encryption.keyId ? "customerKey" : "customerKeyUnnamed", { ...encryption })
        : fail("providerKey", { ...encryption }),
    ),
});

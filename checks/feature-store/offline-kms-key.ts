import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "feature-store.offline-kms-key",
  title: "Feature store offline stores should be encrypted with a customer-managed key",
  kind: "feature-store",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "The offline store's key is fixed at creation: create the feature group again with OfflineStoreConfig.S3StorageConfig.KmsKeyId set to a customer-managed KMS key (the training data it holds is then readable only by principals the key policy allows).",
    cli: {
      aws: "aws sagemaker create-feature-group --feature-group-name NAME … --offline-store-config 'S3StorageConfig={S3Uri=s3://BUCKET/prefix,KmsKeyId=KEY_ARN}'",
    },
  },
  messages: {
    noOfflineStore: "The feature group has no offline store",
    customerKey: "{{detail}}",
    noCustomerKey: "The offline store is not encrypted with a customer-managed key: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the offline store's encryption", asset.offlineStore, (store) =>
      store === null
        ? pass("noOfflineStore")
        : store.keyManager === "customer"
          ? pass("customerKey", { ...store })
          : fail("noCustomerKey", { ...store }),
    ),
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { CUSTOMER_MANAGED_KEYS } from "../compliance.js";

export default defineCheck({
  id: "feature-store.online-kms-key",
  title: "Feature store online stores should be encrypted with a customer-managed key",
  kind: "feature-store",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: CUSTOMER_MANAGED_KEYS,
  remediation: {
    text: "The online store's key is fixed at creation: create the feature group again with OnlineStoreConfig.SecurityConfig.KmsKeyId set to a customer-managed KMS key and backfill it.",
    cli: {
      aws: "aws sagemaker create-feature-group --feature-group-name NAME … --online-store-config 'EnableOnlineStore=true,SecurityConfig={KmsKeyId=KEY_ARN}'",
    },
  },
  messages: {
    noOnlineStore: "The feature group has no online store",
    customerKey: "{{detail}}",
    noCustomerKey: "The online store is not encrypted with a customer-managed key: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the online store's encryption", asset.onlineStore, (store) =>
      store === null
        ? pass("noOnlineStore")
        : store.keyManager === "customer"
          ? pass("customerKey", { ...store })
          : fail("noCustomerKey", { ...store }),
    ),
});

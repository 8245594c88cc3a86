import check from "../../../checks/feature-store/online-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_KEY_ARN, CUSTOMER_KEY_ARN } from "../../support/raw-records.js";
import { DENIED, offline, online, rawFeatureGroup } from "./feature-store.fixtures.js";

checkTable(check, {
  valid: [
    { name: "customer key", asset: rawFeatureGroup(online(CUSTOMER_KEY_ARN)), messageId: "customerKey" },
    {
      name: "offline store only",
      asset: rawFeatureGroup(offline(CUSTOMER_KEY_ARN)),
      messageId: "noOnlineStore",
    },
  ],
  invalid: [
    {
      name: "no key (AWS owned)",
      asset: rawFeatureGroup(online(undefined, "Standard")),
      messageId: "noCustomerKey",
      data: { keyManager: "provider", storageType: "Standard" },
      severity: "medium",
    },
    {
      name: "the AWS managed key named by its key ARN",
      asset: rawFeatureGroup(online(AWS_MANAGED_KEY_ARN)),
      messageId: "noCustomerKey",
      data: { keyManager: "provider", keyId: AWS_MANAGED_KEY_ARN },
    },
  ],
  unknown: [
    {
      name: "group unreadable",
      asset: { ...rawFeatureGroup({}), onlineStore: DENIED },
      messageId: "cannotTell",
    },
    {
      name: "KMS did not describe the key",
      asset: rawFeatureGroup(online(CUSTOMER_KEY_ARN), {}),
      messageId: "cannotTell",
    },
  ],
});

import check from "../../../checks/feature-store/offline-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_KEY_ARN, CUSTOMER_KEY_ARN } from "../../support/raw-records.js";
import { DENIED, offline, online, rawFeatureGroup } from "./feature-store.fixtures.js";

checkTable(check, {
  valid: [
    { name: "customer key", asset: rawFeatureGroup(offline(CUSTOMER_KEY_ARN)), messageId: "customerKey" },
    {
      name: "online store only",
      asset: rawFeatureGroup(online(CUSTOMER_KEY_ARN)),
      messageId: "noOfflineStore",
    },
  ],
  invalid: [
    {
      name: "no key (AWS managed S3 key)",
      asset: rawFeatureGroup(offline()),
      messageId: "noCustomerKey",
      data: { keyManager: "provider", destination: "s3://features/offline/" },
      severity: "medium",
    },
    {
      name: "the AWS managed key named by its key ARN",
      asset: rawFeatureGroup(offline(AWS_MANAGED_KEY_ARN)),
      messageId: "noCustomerKey",
      data: { keyId: AWS_MANAGED_KEY_ARN },
    },
  ],
  unknown: [
    {
      name: "group unreadable",
      asset: { ...rawFeatureGroup({}), offlineStore: DENIED },
      messageId: "cannotTell",
    },
    {
      name: "KMS did not describe the key",
      asset: rawFeatureGroup(offline(CUSTOMER_KEY_ARN), {}),
      messageId: "cannotTell",
    },
  ],
});

import cmk from "../../../checks/search/customer-managed-key.js";
import { checkTable } from "../../support/check-table.js";
import { domainAsset } from "./opensearch-assets.js";
import { awsManaged, unencrypted, keyUnknown } from "./encryption.fixtures.js";

checkTable(cmk, {
  valid: [{ name: "customer managed key", messageId: "customerKey", asset: domainAsset() }],
  invalid: [
    {
      name: "AWS managed key aws/es",
      asset: awsManaged,
      messageId: "awsKey",
      data: { keyId: "arn:aws:kms:us-east-1:111122223333:key/aws-es" },
      severity: "low",
    },
    { name: "not encrypted", asset: unencrypted, messageId: "notEncrypted" },
  ],
  unknown: [
    {
      name: "key manager not resolved",
      asset: keyUnknown,
      messageId: "cannotTell",
      data: {
        reason:
          "encrypted at rest with arn:…, but whether it is the AWS managed key aws/es or a customer managed key is unknown (DescribeKey was not read)",
      },
    },
  ],
});

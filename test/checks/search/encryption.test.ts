import atRest from "../../../checks/search/encryption-at-rest.js";
import cmk from "../../../checks/search/customer-managed-key.js";
import n2n from "../../../checks/search/node-to-node-encryption.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

const awsManaged = domainAsset({
  encryptionAtRest: {
    enabled: true,
    keyManager: "provider",
    algorithm: "AES-256",
    keyId: "arn:aws:kms:us-east-1:111122223333:key/aws-es",
  },
});
const unencrypted = domainAsset({ encryptionAtRest: { enabled: false, keyManager: "none" } });
const keyUnknown = domainAsset({
  encryptionAtRest: unknown(
    "encrypted at rest with arn:…, but whether it is the AWS managed key aws/es or a customer managed key is unknown (DescribeKey was not read)",
  ),
});

checkTable(atRest, {
  valid: [
    { name: "customer managed key", messageId: "encrypted", asset: domainAsset() },
    { name: "AWS managed key is still encryption", messageId: "encrypted", asset: awsManaged },
  ],
  invalid: [{ name: "not encrypted", asset: unencrypted, messageId: "notEncrypted", severity: "high" }],
  unknown: [
    {
      name: "DescribeDomains denied",
      asset: domainAsset({ encryptionAtRest: DENIED }),
      messageId: "cannotTell",
      data: { reason: "DescribeDomains failed: AccessDeniedException" },
    },
  ],
});

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

checkTable(n2n, {
  valid: [{ name: "node-to-node on", messageId: "encrypted", asset: domainAsset() }],
  invalid: [
    {
      name: "node-to-node off",
      asset: domainAsset({ nodeToNodeEncryption: { enabled: false } }),
      messageId: "notEncrypted",
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "DescribeDomains denied",
      messageId: "cannotTell",
      asset: domainAsset({ nodeToNodeEncryption: DENIED }),
    },
  ],
});

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
    { name: "customer managed key", asset: domainAsset() },
    { name: "AWS managed key is still encryption", asset: awsManaged },
  ],
  invalid: [
    { name: "not encrypted", asset: unencrypted, message: /not encrypted at rest/, severity: "high" },
  ],
  unknown: [
    {
      name: "DescribeDomains denied",
      asset: domainAsset({ encryptionAtRest: DENIED }),
      message: /AccessDenied/,
    },
  ],
});

checkTable(cmk, {
  valid: [{ name: "customer managed key", asset: domainAsset() }],
  invalid: [
    { name: "AWS managed key aws/es", asset: awsManaged, message: /AWS managed key/, severity: "low" },
    { name: "not encrypted", asset: unencrypted, message: /Not encrypted at rest at all/ },
  ],
  unknown: [
    { name: "key manager not resolved", asset: keyUnknown, message: /aws\/es or a customer managed key/ },
  ],
});

checkTable(n2n, {
  valid: [{ name: "node-to-node on", asset: domainAsset() }],
  invalid: [
    {
      name: "node-to-node off",
      asset: domainAsset({ nodeToNodeEncryption: { enabled: false } }),
      message: /not encrypted/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "DescribeDomains denied", asset: domainAsset({ nodeToNodeEncryption: DENIED }) }],
});

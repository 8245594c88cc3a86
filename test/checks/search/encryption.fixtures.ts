// Assets shared by the tables in this folder.
import { unknown } from "../../../src/model/known.js";
import { domainAsset } from "./opensearch-assets.js";

export const awsManaged = domainAsset({
  encryptionAtRest: {
    enabled: true,
    keyManager: "provider",
    algorithm: "AES-256",
    keyId: "arn:aws:kms:us-east-1:111122223333:key/aws-es",
  },
});

export const unencrypted = domainAsset({ encryptionAtRest: { enabled: false, keyManager: "none" } });

export const keyUnknown = domainAsset({
  encryptionAtRest: unknown(
    "encrypted at rest with arn:…, but whether it is the AWS managed key aws/es or a customer managed key is unknown (DescribeKey was not read)",
  ),
});

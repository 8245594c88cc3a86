import cmk from "../../../checks/storage/customer-managed-key.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";

import { sseS3, none, unreadable } from "./encryption.fixtures.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { fromRecord } from "../../support/from-record.js";
import { azureProvider } from "../../../providers/azure/index.js";
import {
  AWS_MANAGED_KEY_ARN,
  azureStorageRecord,
  KEY_ANSWERS,
  s3BucketRecord,
  withoutReply,
} from "../../support/raw-records.js";
import { KMS_KEYS_REPLY } from "../../../providers/aws/kms/key-ownership.js";

const KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
/** A bucket's default encryption rule, with the KMS DescribeKey answers the collector stored beside it. */
const s3Sse = (
  rule: Record<string, unknown>,
  answers: Record<string, unknown> = { ...KEY_ANSWERS, [KEY]: { KeyManager: "CUSTOMER" } },
) =>
  fromRecord(
    awsProvider,
    s3BucketRecord({
      GetBucketEncryption: { Rules: [{ ApplyServerSideEncryptionByDefault: rule }] },
      [KMS_KEYS_REPLY]: answers,
    }),
  );

checkTable(cmk, {
  valid: [
    { name: "customer-managed KMS key", messageId: "customerKey", asset: storageAsset() },
    {
      name: "raw S3 record: aws:kms with a customer key",
      asset: s3Sse({ SSEAlgorithm: "aws:kms", KMSMasterKeyID: KEY }),
      messageId: "customerKey",
      data: { keyId: KEY },
    },
    {
      name: "raw Azure record: keySource Microsoft.Keyvault",
      asset: fromRecord(
        azureProvider,
        azureStorageRecord({
          encryption: {
            keySource: "Microsoft.Keyvault",
            keyVaultProperties: { keyVaultUri: "https://vault.vault.azure.net/", keyName: "k" },
          },
        }),
      ),
      messageId: "customerKey",
      data: { keyId: "https://vault.vault.azure.net/keys/k" },
    },
    {
      name: "customer-managed key whose id was not reported",
      asset: storageAsset({
        encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms" },
      }),
      messageId: "customerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "SSE-S3 only",
      asset: sseS3,
      messageId: "providerKey",
      data: { algorithm: "AES256" },
      severity: "low",
    },
    { name: "not encrypted", asset: none, messageId: "notEncrypted" },
    {
      name: "raw S3 record: aws:kms with the AWS managed key alias/aws/s3",
      asset: s3Sse({ SSEAlgorithm: "aws:kms", KMSMasterKeyID: "alias/aws/s3" }),
      messageId: "providerKey",
    },
    {
      name: "raw S3 record: the AWS managed aws/s3 key named by its key ARN (KMS says KeyManager AWS)",
      asset: s3Sse({ SSEAlgorithm: "aws:kms", KMSMasterKeyID: AWS_MANAGED_KEY_ARN }),
      messageId: "providerKey",
    },
    {
      name: "raw S3 record: aws:kms naming no key (the AWS managed key)",
      asset: s3Sse({ SSEAlgorithm: "aws:kms" }),
      messageId: "providerKey",
    },
    {
      name: "raw Azure record: keySource unset (Microsoft-managed)",
      asset: fromRecord(azureProvider, azureStorageRecord({})),
      messageId: "providerKey",
    },
  ],
  unknown: [
    { name: "unreadable", messageId: "cannotTell", asset: unreadable },
    {
      name: "raw S3 record: default encryption was not read",
      asset: fromRecord(awsProvider, withoutReply(s3BucketRecord(), "GetBucketEncryption")),
      messageId: "cannotTell",
    },
    {
      name: "raw S3 record: KMS did not describe the bucket's key",
      asset: s3Sse({ SSEAlgorithm: "aws:kms", KMSMasterKeyID: KEY }, {}),
      messageId: "cannotTell",
    },
  ],
});

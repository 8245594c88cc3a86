import dataCaptureKmsKey from "../../../checks/model-endpoint/data-capture-kms-key.js";
import { unknown } from "../../../src/model/known.js";
import { storageAsset } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset } from "../../support/ml-assets.js";
import { CMK, uncovered } from "./model-endpoint.fixtures.js";

checkTable(dataCaptureKmsKey, {
  valid: [
    { name: "capture under a customer key", messageId: "outputCustomerKey", asset: endpointAsset() },
    {
      name: "capture off",
      messageId: "captureOff",
      asset: endpointAsset({ dataCapture: { enabled: false, keyManager: "none", detail: "not configured" } }),
    },
    {
      name: "no key named, but the destination bucket in the scan defaults to a customer key",
      messageId: "outputBucketDefaultKey",
      asset: uncovered("s3://capture-cmk/endpoint/"),
      neighbours: [
        storageAsset({
          id: "arn:aws:s3:::capture-cmk",
          name: "capture-cmk",
          encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: CMK },
        }),
      ],
    },
    {
      name: "capture under a customer key whose id was not reported",
      asset: endpointAsset({
        dataCapture: {
          enabled: true,
          destination: "s3://capture/",
          keyManager: "customer",
          detail: "capture",
        },
      }),
      messageId: "outputCustomerKeyUnnamed",
    },
  ],
  invalid: [
    {
      name: "no key, bucket defaults to SSE-S3",
      asset: uncovered("s3://capture-sse-s3/endpoint/"),
      neighbours: [
        storageAsset({
          id: "arn:aws:s3:::capture-sse-s3",
          name: "capture-sse-s3",
          encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "AES256" },
        }),
      ],
      messageId: "outputNoCustomerKey",
      data: {
        what: "Captured inference data",
        detail: "data capture to s3://capture-sse-s3/endpoint/ names no KMS key",
        where: "bucket capture-sse-s3 defaults to a provider-managed key",
      },
      severity: "medium",
    },
    {
      name: "no key, bucket outside the scan",
      asset: uncovered("s3://someone-elses-bucket/x/"),
      messageId: "outputNoCustomerKey",
      data: {
        what: "Captured inference data",
        detail: "data capture to s3://someone-elses-bucket/x/ names no KMS key",
        where: "destination s3://someone-elses-bucket/x/ is not in this scan",
      },
    },
    {
      name: "no key, bucket's own encryption unreadable",
      asset: uncovered("s3://capture-unknown/x/"),
      neighbours: [
        storageAsset({
          id: "arn:aws:s3:::capture-unknown",
          name: "capture-unknown",
          encryptionAtRest: unknown("GetBucketEncryption failed: AccessDenied"),
        }),
      ],
      messageId: "outputNoCustomerKey",
      data: {
        what: "Captured inference data",
        detail: "data capture to s3://capture-unknown/x/ names no KMS key",
        where:
          "the default encryption of bucket capture-unknown is unknown (GetBucketEncryption failed: AccessDenied)",
      },
    },
  ],
  unknown: [
    {
      name: "endpoint unreadable",
      messageId: "cannotTell",
      asset: endpointAsset({ dataCapture: unknown("DescribeEndpoint failed: AccessDeniedException") }),
    },
  ],
});

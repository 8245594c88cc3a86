import kmsKey from "../../../checks/model-endpoint/kms-key.js";
import dataCaptureKmsKey from "../../../checks/model-endpoint/data-capture-kms-key.js";
import asyncOutputKmsKey from "../../../checks/model-endpoint/async-output-kms-key.js";
import singleInstance from "../../../checks/model-endpoint/single-instance.js";
import { unknown } from "../../../src/model/known.js";
import { storageAsset } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { AWS_MANAGED_VOLUME_KEY, endpointAsset } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeEndpointConfig failed: AccessDeniedException");
const CMK = "arn:aws:kms:us-east-1:111122223333:key/bucket-default";

checkTable(kmsKey, {
  valid: [
    {
      name: "customer-managed key on the endpoint configuration",
      messageId: "volumeCustomerKey",
      asset: endpointAsset(),
    },
    {
      name: "local NVMe instance storage, which takes no key",
      messageId: "volumeCustomerKeyUnsupported",
      asset: endpointAsset({
        volumeEncryption: {
          enabled: true,
          keyManager: "provider",
          algorithm: "instance-store hardware encryption",
          customerKeySupported: false,
          detail: "on ml.g5.xlarge the volumes are local NVMe storage, encrypted by the instance's hardware",
        },
      }),
    },
  ],
  invalid: [
    {
      name: "no KmsKeyId: AWS managed key",
      asset: endpointAsset({ volumeEncryption: AWS_MANAGED_VOLUME_KEY }),
      messageId: "volumeNoCustomerKey",
      data: { detail: "no KMS key is set, so SageMaker encrypts the volumes with an AWS managed key" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "configuration unreadable",
      asset: endpointAsset({ volumeEncryption: DENIED }),
      messageId: "cannotTell",
      data: {
        reason: "DescribeEndpointConfig failed: AccessDeniedException",
      },
    },
  ],
});

const uncovered = (destination: string) =>
  endpointAsset({
    dataCapture: {
      enabled: true,
      destination,
      keyManager: "provider",
      detail: `data capture to ${destination} names no KMS key`,
    },
  });

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

checkTable(asyncOutputKmsKey, {
  valid: [
    { name: "synchronous endpoint", messageId: "notAsync", asset: endpointAsset() },
    {
      name: "async output under a customer key",
      messageId: "outputCustomerKey",
      asset: endpointAsset({
        asyncOutput: {
          enabled: true,
          destination: "s3://out/",
          keyManager: "customer",
          keyId: CMK,
          detail: "async output under key",
        },
      }),
    },
  ],
  invalid: [
    {
      name: "async output without a key",
      asset: endpointAsset({
        asyncOutput: {
          enabled: true,
          destination: "s3://out/",
          keyManager: "provider",
          detail: "async output to s3://out/ names no KMS key",
        },
      }),
      messageId: "outputNoCustomerKey",
      data: {
        what: "Asynchronous inference output",
        detail: "async output to s3://out/ names no KMS key",
        where: "destination s3://out/ is not in this scan",
      },
      severity: "medium",
    },
  ],
  unknown: [
    { name: "endpoint unreadable", messageId: "cannotTell", asset: endpointAsset({ asyncOutput: DENIED }) },
  ],
});

checkTable(singleInstance, {
  valid: [
    { name: "two instances", messageId: "redundant", asset: endpointAsset() },
    {
      name: "serverless only",
      messageId: "serverless",
      asset: endpointAsset({ variants: [{ name: "AllTraffic", serverless: true, shadow: false }] }),
    },
    {
      name: "a single-instance shadow variant does not serve traffic",
      messageId: "redundant",
      asset: endpointAsset({
        variants: [
          { name: "AllTraffic", instanceCount: 3, serverless: false, shadow: false },
          { name: "Shadow", instanceCount: 1, serverless: false, shadow: true },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "one instance",
      asset: endpointAsset({
        variants: [{ name: "AllTraffic", instanceCount: 1, serverless: false, shadow: false }],
      }),
      messageId: "singleInstance",
      data: { single: "AllTraffic runs 1 instance" },
      severity: "low",
    },
    {
      name: "one of two variants has one instance",
      asset: endpointAsset({
        variants: [
          { name: "A", instanceCount: 2, serverless: false, shadow: false },
          { name: "B", instanceCount: 1, serverless: false, shadow: false },
        ],
      }),
      messageId: "singleInstance",
      data: { single: "B runs 1 instance" },
    },
  ],
  unknown: [
    {
      name: "endpoint unreadable",
      messageId: "cannotTell",
      asset: endpointAsset({ variants: unknown("DescribeEndpoint failed: ThrottlingException") }),
    },
    {
      name: "instance count not reported",
      asset: endpointAsset({ variants: [{ name: "AllTraffic", serverless: false, shadow: false }] }),
      messageId: "instanceCountUnknown",
      data: { unread: "AllTraffic" },
    },
    {
      name: "no production variant reported (still creating)",
      asset: endpointAsset({ variants: [] }),
      messageId: "noProductionVariant",
    },
  ],
});

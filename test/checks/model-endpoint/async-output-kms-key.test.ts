import asyncOutputKmsKey from "../../../checks/model-endpoint/async-output-kms-key.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset } from "../../support/ml-assets.js";
import { DENIED, CMK } from "./model-endpoint.fixtures.js";
import { storageAsset } from "../../support/assets.js";

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
    {
      name: "async output under a customer key whose id was not reported",
      asset: endpointAsset({
        asyncOutput: {
          enabled: true,
          destination: "s3://out/",
          keyManager: "customer",
          detail: "async output",
        },
      }),
      messageId: "outputCustomerKeyUnnamed",
    },
    {
      name: "no key named, but the destination bucket in the scan defaults to a customer key",
      asset: endpointAsset({
        asyncOutput: {
          enabled: true,
          destination: "s3://async-cmk/out/",
          keyManager: "none",
          detail: "no key",
        },
      }),
      neighbours: [
        storageAsset({
          id: "arn:aws:s3:::async-cmk",
          name: "async-cmk",
          encryptionAtRest: { enabled: true, keyManager: "customer", algorithm: "aws:kms", keyId: CMK },
        }),
      ],
      messageId: "outputBucketDefaultKey",
      data: { bucket: "async-cmk", bucketDefaultKey: CMK },
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

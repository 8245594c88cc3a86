// Assets shared by the tables in this folder.
import { unknown } from "../../../src/model/known.js";
import { endpointAsset } from "../../support/ml-assets.js";

export const DENIED = unknown("DescribeEndpointConfig failed: AccessDeniedException");

export const CMK = "arn:aws:kms:us-east-1:111122223333:key/bucket-default";

export const uncovered = (destination: string) =>
  endpointAsset({
    dataCapture: {
      enabled: true,
      destination,
      keyManager: "provider",
      detail: `data capture to ${destination} names no KMS key`,
    },
  });

// Raw Bedrock records (flows, prompts, batch inference jobs) for rows that go through the real normalizer.
import type { Asset } from "../../src/model/asset.js";
import type { InventoryRecord } from "../../src/model/inventory.js";
import { awsProvider } from "../../providers/aws/index.js";
import { fromRecord } from "./from-record.js";

const ACCOUNT = "111122223333";
const REGION = "us-east-1";
export const BEDROCK_CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/5e1d9a7c-3b2f-4c8e-9a6d-bedrockcmk01`;
export const KMS_CUSTOMER = { KeyId: "c", Arn: BEDROCK_CMK, KeyManager: "CUSTOMER" };
export const KMS_AWS = { KeyId: "a", Arn: BEDROCK_CMK, KeyManager: "AWS" };

export function bedrockRecord(
  resourceType: string,
  replies: Record<string, unknown>,
  name = "raw",
): InventoryRecord {
  const kind = resourceType.split(".").pop()!;
  return {
    provider: "aws",
    account: ACCOUNT,
    region: REGION,
    service: "bedrock-agent",
    resourceType,
    resourceId: `arn:aws:bedrock:${REGION}:${ACCOUNT}:${kind}/RAW${name.toUpperCase()}`,
    name,
    replies,
  };
}

export function fromBedrock(resourceType: string, replies: Record<string, unknown>): Asset {
  return fromRecord(awsProvider, bedrockRecord(resourceType, replies));
}

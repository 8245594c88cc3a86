import type { AccountAsset } from "../../../src/model/asset.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import type { ReplyReader } from "../replies.js";
import { describePrevention, type BpaConfig } from "../s3/block-public-access.js";

export const ACCOUNT_BPA_REPLY = "s3-control:GetPublicAccessBlock";

export function normalizeAccount(record: InventoryRecord, read: ReplyReader): AccountAsset {
  return {
    id: record.resourceId,
    provider: "aws",
    account: record.account,
    region: record.region,
    kind: "account",
    type: "aws.account",
    name: record.name,
    tags: {},
    relations: [],
    raw: record.replies,
    storagePublicAccessPrevention: describePrevention(read<BpaConfig>(record, ACCOUNT_BPA_REPLY), "account"),
  };
}

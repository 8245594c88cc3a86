import check from "../../../checks/threat-detection/storage-protection.js";
import { unknown } from "../../../src/model/known.js";
import { storageAsset } from "../../support/assets.js";
import { platformAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";
import { threatDetectionAsset } from "../../support/threat-detection-assets.js";

const off = { on: false, detail: "S3 Protection (S3_DATA_EVENTS) is DISABLED" };

checkTable(check, {
  valid: [
    {
      name: "S3 Protection on",
      messageId: "on",
      asset: threatDetectionAsset(),
      neighbours: [storageAsset()],
    },
    {
      name: "off, but the region holds no storage (only a Bedrock platform)",
      messageId: "noAiAssets",
      asset: threatDetectionAsset({ storageProtection: off }),
      neighbours: [platformAsset()],
    },
  ],
  invalid: [
    {
      name: "S3 Protection disabled where an AI bucket lives",
      asset: threatDetectionAsset({ storageProtection: off }),
      neighbours: [storageAsset()],
      messageId: "off",
      data: { watched: "1 AI asset (example-bucket)", detail: "S3 Protection (S3_DATA_EVENTS) is DISABLED" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "GetDetector reported neither features nor data sources",
      asset: threatDetectionAsset({
        storageProtection: unknown("GetDetector reported neither features nor data sources"),
      }),
      neighbours: [storageAsset()],
      messageId: "cannotTell",
      data: {
        reason: "GetDetector reported neither features nor data sources",
      },
    },
  ],
});

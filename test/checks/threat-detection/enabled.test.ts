import check from "../../../checks/threat-detection/enabled.js";
import { unknown } from "../../../src/model/known.js";
import { accountAsset, storageAsset } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { threatDetectionAsset } from "../../support/threat-detection-assets.js";

const bucket = storageAsset();
const elsewhere = storageAsset({ id: "arn:aws:s3:::eu-data", name: "eu-data", region: "eu-west-1" });
const off = { on: false, detail: "no GuardDuty detector in us-east-1" };

checkTable(check, {
  valid: [
    {
      name: "detector enabled where an AI bucket lives",
      messageId: "on",
      asset: threatDetectionAsset(),
      neighbours: [bucket],
    },
    {
      name: "off, but no AI asset in this region (only the account and one in another region)",
      messageId: "noAiAssets",
      asset: threatDetectionAsset({ enabled: off }),
      neighbours: [accountAsset(), elsewhere],
    },
    {
      name: "unreadable, but nothing to protect here",
      messageId: "noAiAssets",
      asset: threatDetectionAsset({ enabled: unknown("ListDetectors failed: AccessDeniedException") }),
      neighbours: [elsewhere],
    },
  ],
  invalid: [
    {
      name: "no detector where an AI bucket lives",
      asset: threatDetectionAsset({ enabled: off }),
      neighbours: [bucket],
      messageId: "off",
      data: { watched: "1 AI asset (example-bucket)", detail: "no GuardDuty detector in us-east-1" },
      severity: "high",
    },
    {
      name: "detector suspended",
      asset: threatDetectionAsset({ enabled: { on: false, detail: "detector d1 is DISABLED" } }),
      neighbours: [bucket],
      messageId: "off",
      data: { watched: "1 AI asset (example-bucket)", detail: "detector d1 is DISABLED" },
    },
    {
      name: "Defender off for a subscription holding an AI asset in any region",
      asset: threatDetectionAsset({
        id: "/subscriptions/s1/providers/Microsoft.Security/pricings",
        provider: "azure",
        account: "s1",
        region: "global",
        service: "defender",
        enabled: { on: false, detail: "CloudPosture plan is Free" },
      }),
      neighbours: [
        storageAsset({ id: "/subscriptions/s1/x", provider: "azure", account: "s1", region: "westeurope" }),
      ],
      messageId: "off",
      data: { watched: "1 AI asset (example-bucket)", detail: "CloudPosture plan is Free" },
    },
  ],
  unknown: [
    {
      name: "ListDetectors denied where an AI bucket lives",
      asset: threatDetectionAsset({ enabled: unknown("ListDetectors failed: AccessDeniedException") }),
      neighbours: [bucket],
      messageId: "cannotTell",
      data: { reason: "ListDetectors failed: AccessDeniedException" },
    },
  ],
});

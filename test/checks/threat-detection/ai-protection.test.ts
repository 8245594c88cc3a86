import check from "../../../checks/threat-detection/ai-protection.js";
import { unknown } from "../../../src/model/known.js";
import { storageAsset } from "../../support/assets.js";
import { platformAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";
import { threatDetectionAsset } from "../../support/threat-detection-assets.js";

const off = { on: false, detail: "AI Protection (AI_PROTECTION) is DISABLED" };

checkTable(check, {
  valid: [
    {
      name: "AI Protection on",
      messageId: "on",
      asset: threatDetectionAsset(),
      neighbours: [platformAsset()],
    },
    {
      name: "off, but the region holds only storage, no AI workload",
      messageId: "noAiAssets",
      asset: threatDetectionAsset({ aiProtection: off }),
      neighbours: [storageAsset()],
    },
  ],
  invalid: [
    {
      name: "AI Protection disabled where a Bedrock workload lives",
      asset: threatDetectionAsset({ aiProtection: off }),
      neighbours: [platformAsset()],
      messageId: "off",
      data: {
        watched: "1 AI asset (bedrock/us-east-1)",
        detail: "AI Protection (AI_PROTECTION) is DISABLED",
      },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "GetDetector denied where a Bedrock workload lives",
      asset: threatDetectionAsset({ aiProtection: unknown("GetDetector failed: AccessDeniedException") }),
      neighbours: [platformAsset()],
      messageId: "cannotTell",
      data: {
        reason: "GetDetector failed: AccessDeniedException",
      },
    },
  ],
});

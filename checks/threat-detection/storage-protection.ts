import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { THREAT_DETECTION } from "../compliance.js";
import { aiAssetsWatchedBy, describeAssets, NO_AI_ASSETS_MESSAGES, noAiAssetsOutcome } from "./scope.js";

export default defineCheck({
  id: "threat-detection.storage-protection",
  title: "Threat detection must watch data access to AI storage",
  kind: "threat-detection",
  uses: "all",
  category: "logging",
  severity: "medium",
  compliance: THREAT_DETECTION,
  remediation: {
    text: "Turn on GuardDuty S3 Protection (S3 data events) in every region with AI buckets, or Microsoft Defender for Storage on the subscription: without it, reads and deletions of training data and model artifacts are not analysed for exfiltration.",
    cli: {
      aws: 'aws guardduty update-detector --region REGION --detector-id DETECTOR_ID --features \'[{"Name":"S3_DATA_EVENTS","Status":"ENABLED"}]\'',
      azure: "az security pricing create --name StorageAccounts --tier Standard",
    },
  },
  messages: {
    ...NO_AI_ASSETS_MESSAGES,
    on: "{{detail}}",
    off: "Off for {{watched}}: {{detail}}",
  },
  evaluate: (asset, graph) => {
    const watched = aiAssetsWatchedBy(asset, graph, "storage");
    // Decided on the scope first: where no AI assets live the plan does not matter, even if it cannot be read.
    if (watched.length === 0) return noAiAssetsOutcome(asset, "AI storage", "was");
    return whenKnown("whether storage threat protection is on", asset.storageProtection, (state) =>
      state.on
        ? pass("on", { detail: state.detail })
        : fail("off", {
            detail: state.detail,
            aiAssets: watched.map((a) => a.id),
            watched: describeAssets(watched),
          }),
    );
  },
});

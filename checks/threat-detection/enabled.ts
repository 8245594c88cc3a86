import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { THREAT_DETECTION } from "../compliance.js";
import {
  aiAssetsWatchedBy,
  describeAssets,
  NO_AI_ASSETS_MESSAGES,
  noAiAssetsOutcome,
  unsettledAiAssets,
} from "./scope.js";

export default defineCheck({
  id: "threat-detection.enabled",
  title: "Native threat detection must be on where AI assets live",
  kind: "threat-detection",
  uses: "all",
  category: "logging",
  severity: "high",
  compliance: THREAT_DETECTION,
  remediation: {
    text: "Enable GuardDuty in every region that holds AI data or workloads (or Microsoft Defender for Cloud on the subscription), so attacks on them are detected and can be merged with aiposture's findings.",
    cli: {
      aws: "aws guardduty create-detector --region REGION --enable   # or, if suspended: aws guardduty update-detector --region REGION --detector-id DETECTOR_ID --enable",
      azure: "az security pricing create --name CloudPosture --tier Standard",
    },
  },
  messages: {
    ...NO_AI_ASSETS_MESSAGES,
    on: "{{detail}}",
    off: "Off where {{watched}} live: {{detail}}",
  },
  evaluate: (asset, graph) => {
    const watched = aiAssetsWatchedBy(asset, graph, "any");
    // Decided on the scope first: where no AI assets live the plan does not matter, even if it cannot be read.
    if (watched.length === 0)
      return noAiAssetsOutcome(asset, "AI assets", "were", unsettledAiAssets(asset, graph));
    return whenKnown("whether threat detection is on", asset.enabled, (state) =>
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

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
  id: "threat-detection.ai-protection",
  title: "Threat detection must watch AI workloads (model invocation, prompt attacks)",
  kind: "threat-detection",
  uses: "all",
  category: "logging",
  severity: "medium",
  compliance: THREAT_DETECTION,
  remediation: {
    text: "Turn on GuardDuty AI Protection in every region with Bedrock or SageMaker workloads, or Microsoft Defender for AI services on the subscription, so anomalous model invocation, cost harvesting and prompt-injection attempts raise findings.",
    cli: {
      aws: 'aws guardduty update-detector --region REGION --detector-id DETECTOR_ID --features \'[{"Name":"AI_PROTECTION","Status":"ENABLED"}]\'',
      azure: "az security pricing create --name AI --tier Standard",
    },
  },
  messages: {
    ...NO_AI_ASSETS_MESSAGES,
    on: "{{detail}}",
    off: "Off for {{watched}}: {{detail}}",
  },
  evaluate: (asset, graph) => {
    const watched = aiAssetsWatchedBy(asset, graph, "ai-workload");
    // Decided on the scope first: where no AI assets live the plan does not matter, even if it cannot be read.
    if (watched.length === 0)
      return noAiAssetsOutcome(asset, "AI workloads", "were", unsettledAiAssets(asset, graph));
    return whenKnown("whether AI threat protection is on", asset.aiProtection, (state) =>
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

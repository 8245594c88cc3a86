import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "training-job.network-isolation",
  title: "Training containers should run with network isolation",
  kind: "training-job",
  category: "network",
  severity: "medium",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Start future runs with network isolation, so training code (and anything hidden in third-party packages or data) cannot send training data out.",
    cli: {
      aws: "aws sagemaker create-training-job --training-job-name NAME … --enable-network-isolation",
    },
  },
  messages: {
    isolated: "{{detail}}",
    outbound: "Training containers can make outbound network calls: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("network isolation", asset.networkIsolation, (isolation) =>
      isolation.enabled
        ? pass("isolated", { detail: isolation.detail })
        : fail("outbound", { detail: isolation.detail }),
    ),
});

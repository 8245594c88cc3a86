import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "model.network-isolation",
  title: "Model containers should run with network isolation",
  kind: "model",
  category: "network",
  severity: "medium",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Models cannot be changed: create the model again with network isolation, so code in the container (including a poisoned artifact) cannot call out or exfiltrate data, then deploy it in a new endpoint configuration.",
    cli: {
      aws: "aws sagemaker create-model --model-name NEW_MODEL --primary-container file://container.json --execution-role-arn ROLE_ARN --enable-network-isolation",
    },
  },
  messages: {
    isolated: "{{detail}}",
    outbound: "Containers can make outbound network calls: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("network isolation", asset.networkIsolation, (isolation) =>
      isolation.enabled
        ? pass("isolated", { detail: isolation.detail })
        : fail("outbound", { detail: isolation.detail }),
    ),
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "agent-runtime.public-network",
  title: "Agent runtimes should run in your VPC, not in public network mode",
  kind: "agent-runtime",
  category: "network",
  severity: "high",
  providers: ["aws"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Update the AgentCore runtime to VPC network mode with private subnets and security groups, so the agent's traffic stays in your network and passes its controls and flow logs.",
    cli: {
      aws: "aws bedrock-agentcore-control update-agent-runtime --agent-runtime-id RUNTIME_ID --agent-runtime-artifact ARTIFACT --role-arn ROLE_ARN --network-configuration 'networkMode=VPC,networkModeConfig={subnets=[SUBNET_ID],securityGroups=[SG_ID]}'",
    },
  },
  messages: {
    inVpc: "{{detail}}",
    publicMode: "Runs in public network mode: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the runtime's network mode", asset.network, (network) =>
      network.mode === "vpc" ? pass("inVpc", { ...network }) : fail("publicMode", { ...network }),
    ),
});

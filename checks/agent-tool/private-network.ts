import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "agent-tool.private-network",
  title: "Agent browsers and code interpreters should run in your VPC",
  kind: "agent-tool",
  category: "network",
  severity: "high",
  providers: ["aws"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Recreate the custom browser or code interpreter in VPC network mode (the mode cannot be changed in place), so what an agent browses or runs reaches only what your subnets and security groups allow.",
    cli: {
      aws: "aws bedrock-agentcore-control create-code-interpreter --name NAME --execution-role-arn ROLE_ARN --network-configuration 'networkMode=VPC,vpcConfig={subnets=[SUBNET_ID],securityGroups=[SG_ID]}'",
    },
  },
  messages: {
    inVpc: "{{detail}}",
    publicMode: "The {{tool}} reaches the internet: {{detail}}",
    sandboxMode: "The {{tool}} runs outside your VPC: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the tool's network mode", asset.network, (network) => {
      const data = { ...network, tool: asset.tool };
      if (network.mode === "vpc") return pass("inVpc", data);
      if (network.mode === "public") return fail("publicMode", data);
      // SANDBOX reaches only S3, and only code interpreters have it: still not your network.
      return fail("sandboxMode", data, "medium");
    }),
});

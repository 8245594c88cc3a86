import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";

export default defineCheck({
  id: "agent-gateway.inbound-auth",
  title: "Agent tool gateways must authorize inbound requests",
  kind: "agent-gateway",
  category: "identity",
  severity: "high",
  providers: ["aws"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Recreate or update the AgentCore gateway with an AWS_IAM or CUSTOM_JWT authorizer, so only authorized agents and users can call the tools behind it.",
    cli: {
      aws: "aws bedrock-agentcore-control update-gateway --gateway-identifier GATEWAY_ID --name NAME --role-arn ROLE_ARN --protocol-type MCP --authorizer-type AWS_IAM",
    },
  },
  messages: {
    authorized: "{{detail}}",
    open: "Anyone who can reach the gateway can call its tools: {{detail}}",
    authenticateOnly: "Callers are authenticated but not authorized: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the gateway's inbound authorizer", asset.inboundAuth, (auth) => {
      if (auth.type === "none") return fail("open", { ...auth });
      if (auth.type === "authenticate-only") return fail("authenticateOnly", { ...auth }, "medium");
      return pass("authorized", { ...auth });
    }),
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "model.vpc",
  title: "Model containers should run attached to your own VPC",
  kind: "model",
  category: "network",
  severity: "medium",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create the model again with a VPC configuration (private subnets and security groups), so its traffic passes your network controls, VPC endpoints and flow logs.",
    cli: {
      aws: "aws sagemaker create-model --model-name NEW_MODEL --primary-container file://container.json --execution-role-arn ROLE_ARN --vpc-config SecurityGroupIds=SG_ID,Subnets=SUBNET_ID_1,SUBNET_ID_2",
    },
  },
  messages: {
    inVpc: "{{detail}}",
    notInVpc: "Not attached to your VPC: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the model's network placement", asset.network, (network) =>
      network.customerNetwork ? pass("inVpc", { ...network }) : fail("notInVpc", { ...network }),
    ),
});

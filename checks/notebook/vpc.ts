import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "notebook.vpc",
  title: "Notebooks should run in your own VPC",
  kind: "notebook",
  category: "network",
  severity: "medium",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create the notebook instance again in a private subnet of your VPC with security groups, so its traffic passes your network controls and flow logs.",
    cli: {
      azure:
        "az ml compute create --name NAME --resource-group GROUP --workspace-name WORKSPACE --type ComputeInstance --size STANDARD_DS3_V2 --subnet SUBNET_ID --enable-node-public-ip false",
      aws: "aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET_ID --security-group-ids SG_ID --direct-internet-access Disabled",
    },
  },
  messages: {
    inVpc: "{{detail}}",
    notInVpc: "Not in your VPC: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the notebook's network placement", asset.network, (network) =>
      network.customerNetwork ? pass("inVpc", { ...network }) : fail("notInVpc", { ...network }),
    ),
});

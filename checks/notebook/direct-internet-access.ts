import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "notebook.direct-internet-access",
  title: "Notebooks should not have direct internet access",
  kind: "notebook",
  category: "network",
  severity: "high",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Direct internet access cannot be turned off on an existing notebook instance: create it again in a private subnet with DirectInternetAccess disabled, reaching the internet (if at all) through your NAT and proxies.",
    cli: {
      azure:
        "az ml compute create --name NAME --resource-group GROUP --workspace-name WORKSPACE --type ComputeInstance --size STANDARD_DS3_V2 --subnet SUBNET_ID --enable-node-public-ip false",
      aws: "aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET_ID --security-group-ids SG_ID --direct-internet-access Disabled",
    },
  },
  messages: {
    directInternet: "Reaches the internet directly: {{detail}}",
    noDirectInternet: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("internet access", asset.internetAccess, (value) =>
      value.direct ? fail("directInternet", { ...value }) : pass("noDirectInternet", { ...value }),
    ),
});

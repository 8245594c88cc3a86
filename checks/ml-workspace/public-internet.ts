import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "ml-workspace.public-internet",
  title: "ML workspaces should keep their traffic inside your private network",
  kind: "ml-workspace",
  category: "network",
  severity: "medium",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "SageMaker Studio: switch the domain to VpcOnly so apps use your VPC (with VPC endpoints or a NAT you control) instead of SageMaker's internet access. Azure ML: disable public network access and use private endpoints.",
    cli: {
      aws: "aws sagemaker update-domain --domain-id DOMAIN_ID --app-network-access-type VpcOnly",
      azure:
        "az ml workspace update --name WORKSPACE --resource-group GROUP --public-network-access Disabled",
    },
  },
  messages: {
    public: "Traffic uses the public internet: {{detail}}",
    private: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the workspace's network access", asset.publicNetwork, (network) =>
      network.enabled ? fail("public", { ...network }) : pass("private", { ...network }),
    ),
});

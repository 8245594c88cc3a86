import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

// Security Hub Opensearch.2 / ES.2: a domain with a public endpoint keeps one for life (placement is fixed at
// creation), so however tight its access policy is today, it stays reachable from the internet. Medium, not
// Security Hub's critical: whether the endpoint is actually open is search.public-access's verdict.
export default defineCheck({
  id: "search.vpc-placement",
  title: "Search clusters should be placed in a VPC",
  kind: "search",
  category: "network",
  severity: "medium",
  providers: ["aws"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create a new domain inside a VPC (placement cannot be changed later) and migrate the data with a snapshot.",
    cli: {
      aws: "aws opensearch create-domain --domain-name NEW_DOMAIN --vpc-options SubnetIds=SUBNET_ID,SecurityGroupIds=SG_ID  # then restore a snapshot of DOMAIN into it",
    },
  },
  messages: {
    inVpc: "{{detail}}",
    publicEndpoint: "Public endpoint, not in a VPC: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the cluster's network placement", asset.network, (network) =>
      network.placement === "public" ? fail("publicEndpoint", { ...network }) : pass("inVpc", { ...network }),
    ),
});

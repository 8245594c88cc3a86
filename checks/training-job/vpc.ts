import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "training-job.vpc",
  title: "Training jobs should run attached to your own VPC",
  kind: "training-job",
  category: "network",
  severity: "medium",
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Start future runs with a VPC configuration (private subnets, security groups, an S3 gateway endpoint), so training traffic passes your network controls and flow logs.",
    cli: {
      aws: "aws sagemaker create-training-job --training-job-name NAME … --vpc-config SecurityGroupIds=SG_ID,Subnets=SUBNET_ID_1,SUBNET_ID_2",
    },
  },
  messages: {
    inVpc: "{{detail}}",
    notInVpc: "Not attached to your VPC: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the job's network placement", asset.network, (network) =>
      network.customerNetwork ? pass("inVpc", { ...network }) : fail("notInVpc", { ...network }),
    ),
});

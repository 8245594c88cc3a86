import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "ml-job.vpc",
  title: "ML and monitoring jobs should run attached to your own VPC",
  kind: "ml-job",
  category: "network",
  severity: "medium",
  providers: ["aws"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create the job or job definition again with a VPC configuration (private subnets, security groups, VPC endpoints for S3 and SageMaker), so its traffic passes your network controls and flow logs.",
    cli: {
      aws: "aws sagemaker create-auto-ml-job-v2 --auto-ml-job-name NAME … --security-config 'VpcConfig={SecurityGroupIds=[SG_ID],Subnets=[SUBNET_ID]},EnableInterContainerTrafficEncryption=true,VolumeKmsKeyId=KEY_ARN'",
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

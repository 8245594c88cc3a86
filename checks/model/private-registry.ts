import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { NETWORK_ISOLATION } from "../compliance.js";

export default defineCheck({
  id: "model.private-registry",
  title: "Model containers should pull their images from a private registry through your VPC",
  kind: "model",
  category: "supply-chain",
  severity: "medium",
  providers: ["aws"],
  compliance: NETWORK_ISOLATION,
  remediation: {
    text: "Create the model again with ImageConfig.RepositoryAccessMode Vpc for every container (and the model's VpcConfig), so images come from a registry you control over VPC endpoints rather than over SageMaker's platform network.",
    cli: {
      aws: "aws sagemaker create-model --model-name NEW_MODEL --primary-container 'Image=REGISTRY/IMAGE:TAG,ImageConfig={RepositoryAccessMode=Vpc}' --vpc-config SecurityGroupIds=SG_ID,Subnets=SUBNET_ID --execution-role-arn ROLE_ARN",
    },
  },
  messages: {
    private: "Every container pulls its image through your VPC (RepositoryAccessMode Vpc)",
    noContainers: "The model reports no containers",
    platform: "{{count}} container(s) pull their image over SageMaker's platform network: {{containers}}",
  },
  evaluate: (asset) =>
    whenKnown("the model's containers", asset.containers, (containers) => {
      if (containers.length === 0) return fail("noContainers");
      const open = containers
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.repositoryAccessMode !== "Vpc")
        .map(
          ({ c, i }) =>
            `${c.hostname ?? `container ${i + 1}`} (${c.image ?? c.modelPackage ?? "no image"}, RepositoryAccessMode ${c.repositoryAccessMode ?? "not configured"})`,
        );
      return open.length === 0 ? pass("private") : fail("platform", { count: open.length, containers: open });
    }),
});

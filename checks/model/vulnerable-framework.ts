import { defineCheck, fail, pass, whenKnown, type CheckOutcome } from "../../src/model/check.js";
import type { ModelContainer } from "../../src/model/assets/model.js";
import { REVIEWED } from "../../src/supply-chain/advisories.js";
import { describe, judgeImage, type ImageVerdict } from "../../src/supply-chain/judge.js";
import { VULNERABILITY_MANAGEMENT } from "../compliance.js";

export default defineCheck({
  id: "model.vulnerable-framework",
  title: "Model containers must not run an ML framework version with a known critical advisory",
  kind: "model",
  category: "supply-chain",
  severity: "critical",
  compliance: VULNERABILITY_MANAGEMENT,
  remediation: {
    text: "Rebuild the model on a container image whose framework versions are at or above each advisory's fixed version (for PyTorch, 2.6.0 or later), then deploy it in a new endpoint configuration. Loading untrusted model files with a vulnerable framework runs the attacker's code.",
    cli: {
      aws: "aws sagemaker create-model --model-name NEW_MODEL --execution-role-arn ROLE_ARN --primary-container Image=763104351884.dkr.ecr.REGION.amazonaws.com/pytorch-inference:2.6.0-gpu-py312-cu124-ubuntu22.04-sagemaker,ModelDataUrl=s3://BUCKET/model.tar.gz",
    },
  },
  evaluate: (asset) => whenKnown("the model's container images", asset.containers, judgeContainers),
});

function judgeContainers(containers: ModelContainer[]): CheckOutcome {
  if (containers.length === 0)
    return { status: "unknown", message: "Could not determine the model's container images: none is named" };
  const verdicts: ImageVerdict[] = [];
  const unjudged: string[] = [];
  for (const container of containers) {
    if (container.image) verdicts.push(judgeImage(container.image));
    else
      unjudged.push(
        container.modelPackage
          ? `the image comes from model package ${container.modelPackage}, which is not read`
          : "a container names no image",
      );
  }
  const evidence = { verdicts, advisoryTableReviewed: REVIEWED };
  const vulnerable = verdicts.filter((v) => v.status === "vulnerable");
  if (vulnerable.length > 0) {
    const lines = vulnerable.flatMap((v) =>
      v.matches.map(
        (m) =>
          `${describe(m.component)} has ${m.advisory.id} (${m.advisory.summary}; fixed in ${m.advisory.fixedVersion})`,
      ),
    );
    return fail(
      `${[...new Set(lines)].join("; ")} — image ${vulnerable.map((v) => v.image).join(", ")}`,
      evidence,
    );
  }
  const reasons = [
    ...verdicts.flatMap((v) => (v.status === "unknown" ? [`${v.image}: ${v.reason}`] : [])),
    ...unjudged,
  ];
  if (reasons.length > 0)
    return {
      status: "unknown",
      message: `The advisory table cannot judge this model: ${reasons.join("; ")}`,
      evidence,
    };
  const components = verdicts.flatMap((v) => v.components.map(describe));
  return pass(
    `No critical advisory for ${[...new Set(components)].join(", ")} (advisory table reviewed ${REVIEWED})`,
    evidence,
  );
}

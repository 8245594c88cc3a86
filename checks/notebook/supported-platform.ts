import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PATCH_MANAGEMENT } from "../compliance.js";

/** Platforms SageMaker still patches (Security Hub SageMaker.8's supportedPlatformIdentifierVersions). */
const SUPPORTED = ["notebook-al2023-v1"];

export default defineCheck({
  id: "notebook.supported-platform",
  title: "Notebook instances should run on a supported platform",
  kind: "notebook",
  category: "supply-chain",
  severity: "medium",
  providers: ["aws"],
  compliance: PATCH_MANAGEMENT,
  remediation: {
    text: "Notebooks on a retired platform get no security patches: create the notebook instance again on notebook-al2023-v1 and move the notebooks over (the platform cannot be changed in place).",
    cli: {
      aws: "aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --platform-identifier notebook-al2023-v1",
    },
  },
  messages: {
    supported: "{{detail}}: a supported platform",
    unsupported: "{{detail}} is no longer supported; supported: {{supported}}",
  },
  evaluate: (asset) => {
    if (!asset.platform) return cannotTell("the notebook's platform", "the provider reports no platform");
    return whenKnown("the notebook's platform", asset.platform, (platform) => {
      if (!platform.identifier) return cannotTell("the notebook's platform", platform.detail);
      const data = { detail: platform.detail, supported: SUPPORTED };
      return SUPPORTED.includes(platform.identifier) ? pass("supported", data) : fail("unsupported", data);
    });
  },
});

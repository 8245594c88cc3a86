import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AVAILABILITY } from "../compliance.js";

export default defineCheck({
  id: "model-endpoint.single-instance",
  title: "Model endpoints should run more than one instance per variant",
  kind: "model-endpoint",
  category: "resilience",
  severity: "low",
  compliance: AVAILABILITY,
  remediation: {
    text: "Run at least two instances per production variant so the platform can spread them across Availability Zones and replace one without an outage (or use serverless inference).",
    cli: {
      azure:
        "az ml online-deployment update --name DEPLOYMENT --endpoint-name ENDPOINT --resource-group GROUP --workspace-name WORKSPACE --set instance_count=2",
      aws: "aws sagemaker update-endpoint-weights-and-capacities --endpoint-name ENDPOINT --desired-weights-and-capacities VariantName=VARIANT,DesiredInstanceCount=2",
    },
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's instance counts", asset.variants, (variants) => {
      const serving = variants.filter((v) => !v.shadow);
      if (serving.length === 0)
        return {
          status: "unknown",
          message: "Could not determine the endpoint's instance counts: it reports no production variant",
          evidence: { variants },
        };
      const live = serving.filter((v) => !v.serverless);
      const unknownCount = live.filter((v) => v.instanceCount === undefined);
      if (unknownCount.length > 0)
        return {
          status: "unknown",
          message: `Could not determine the instance count of variant ${unknownCount.map((v) => v.name).join(", ")}`,
          evidence: { variants },
        };
      const single = live.filter((v) => (v.instanceCount ?? 0) < 2);
      if (single.length > 0)
        return fail(
          `Variant ${single.map((v) => `${v.name} runs ${v.instanceCount} instance`).join(", ")}: one failure takes it down`,
          { variants },
        );
      if (live.length === 0) return pass("Serverless: the platform manages capacity", { variants });
      return pass(`Every variant runs at least 2 instances`, { variants });
    }),
});

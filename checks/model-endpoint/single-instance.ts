import { defineCheck, fail, pass, unknown, whenKnown } from "../../src/model/check.js";
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
  messages: {
    noProductionVariant:
      "Could not determine the endpoint's instance counts: it reports no production variant",
    instanceCountUnknown: "Could not determine the instance count of variant {{unread}}",
    singleInstance: "Variant {{single}}: one failure takes it down",
    serverless: "Serverless: the platform manages capacity",
    redundant: "Every variant runs at least 2 instances",
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's instance counts", asset.variants, (variants) => {
      const serving = variants.filter((v) => !v.shadow);
      if (serving.length === 0) return unknown("noProductionVariant", { variants });
      const live = serving.filter((v) => !v.serverless);
      const unknownCount = live.filter((v) => v.instanceCount === undefined);
      if (unknownCount.length > 0)
        return unknown("instanceCountUnknown", {
          variants,
          unread: unknownCount.map((v) => v.name).join(", "),
        });
      const single = live.filter((v) => (v.instanceCount ?? 0) < 2);
      if (single.length > 0)
        return fail("singleInstance", {
          variants,
          single: single.map((v) => `${v.name} runs ${v.instanceCount} instance`).join(", "),
        });
      if (live.length === 0) return pass("serverless", { variants });
      return pass("redundant", { variants });
    }),
});

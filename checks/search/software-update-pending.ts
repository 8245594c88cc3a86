import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PATCH_MANAGEMENT } from "../compliance.js";

export default defineCheck({
  id: "search.software-update-pending",
  title: "Search clusters should run the latest service software",
  kind: "search",
  category: "resilience",
  severity: "low",
  providers: ["aws"],
  compliance: PATCH_MANAGEMENT,
  remediation: {
    text: "Apply the pending service software update (it carries security fixes), or schedule it in the off-peak window.",
    cli: { aws: "aws opensearch start-service-software-update --domain-name DOMAIN" },
  },
  messages: {
    pending: "A service software update is waiting: {{detail}}",
    upToDate: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the service software version", asset.pendingUpdate, (update) =>
      update.pending ? fail("pending", { ...update }) : pass("upToDate", { ...update }),
    ),
});

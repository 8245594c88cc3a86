import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

// A model group's resource policy lets other principals list, describe and pull its registered models (and, with
// write actions, register poisoned versions). Open to anyone: critical; to named other accounts: high, named so a
// reviewer can confirm each one is meant.
export default defineCheck({
  id: "model-package-group.public-or-cross-account",
  title: "SageMaker model registry groups should not be shared publicly or with other accounts",
  kind: "model-package-group",
  category: "exposure",
  severity: "high",
  providers: ["aws"],
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Remove the group's resource policy statements that grant any principal or other accounts; share with another account only through an explicit, reviewed statement limited to read actions (or through AWS RAM).",
    cli: {
      aws: "aws sagemaker delete-model-package-group-policy --model-package-group-name GROUP",
    },
  },
  messages: {
    noPolicy: "The model group has no resource policy: only identities of its own account can reach it",
    ownAccountOnly: "The model group's resource policy grants no other account",
    public: "The model group's resource policy grants anyone: {{reasons}}",
    crossAccount: "The model group's resource policy grants other accounts: {{principals}}",
  },
  evaluate: (group) =>
    whenKnown("the model group's resource policy", group.resourcePolicy, (policy) => {
      if (policy === null) return pass("noPolicy");
      if (policy.public) return fail("public", { reasons: policy.publicReasons }, "critical");
      if (policy.crossAccountPrincipals.length > 0)
        return fail("crossAccount", { principals: policy.crossAccountPrincipals });
      return pass("ownAccountOnly");
    }),
});

import { defineCheck, fail, pass, unknown, whenKnown } from "../../src/model/check.js";
import type { EndpointVariant } from "../../src/model/assets/model-endpoint.js";
import { isUnknown } from "../../src/model/known.js";
import { severityRank } from "../../src/model/severity.js";
import { advisoryName } from "../../src/supply-chain/advisories.js";
import { activeAdvisoryDatabase } from "../../src/supply-chain/advisory-database.js";
import { judgeEnvironment } from "../../src/supply-chain/azure-ml/judge-environment.js";
import { describe, type ImageVerdict } from "../../src/supply-chain/judge.js";
import { VULNERABILITY_MANAGEMENT } from "../compliance.js";

export default defineCheck({
  id: "model-endpoint.environment-vulnerable-framework",
  title: "Online deployments must not run an environment whose ML framework version has a known advisory",
  kind: "model-endpoint",
  providers: ["azure"],
  category: "supply-chain",
  severity: "critical",
  compliance: VULNERABILITY_MANAGEMENT,
  remediation: {
    text: "Create a new environment version whose conda file pins each framework at or above its advisory's fixed version (for PyTorch, 2.6.0 or later), or move to a current curated environment, then update the deployment to it. A vulnerable framework that loads untrusted model files runs the attacker's code.",
    cli: {
      azure:
        "az ml environment create --file environment.yml --resource-group GROUP --workspace-name WORKSPACE && az ml online-deployment update --name DEPLOYMENT --endpoint-name ENDPOINT --resource-group GROUP --workspace-name WORKSPACE --set environment=azureml:ENVIRONMENT:NEW_VERSION",
    },
  },
  messages: {
    vulnerable: "{{advisories}} — deployment {{deployments}}",
    cannotJudge: "The advisory snapshot cannot judge deployment {{reasons}}",
    noDeployment: "The endpoint has no deployment: nothing runs behind it",
    noAdvisory: "No advisory for {{components}} (advisory snapshot as of {{advisoryTableReviewed}})",
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's deployments", asset.variants, (variants) => {
      const judged = variants.filter((v) => v.environment !== undefined);
      if (judged.length === 0) return pass("noDeployment", {});
      const advisoryTableReviewed = activeAdvisoryDatabase().asOf;
      const verdicts: Array<{ deployment: string; verdict: ImageVerdict }> = [];
      const reasons: string[] = [];
      for (const variant of judged) {
        const environment = variant.environment as NonNullable<EndpointVariant["environment"]>;
        if (isUnknown(environment)) reasons.push(`${variant.name}: ${environment.reason}`);
        else verdicts.push({ deployment: variant.name, verdict: judgeEnvironment(environment) });
      }
      const evidence = { verdicts, advisoryTableReviewed };
      const vulnerable = verdicts.filter((v) => v.verdict.status === "vulnerable");
      if (vulnerable.length > 0) {
        const lines = vulnerable.flatMap(({ verdict }) =>
          verdict.status === "vulnerable"
            ? verdict.matches.map(
                (m) =>
                  `${describe(m.component)} in ${verdict.image} has ${advisoryName(m.advisory)} (${m.advisory.severity}: ${m.advisory.summary}; ${m.advisory.fixedVersion ? `fixed in ${m.advisory.fixedVersion}` : "no fixed version recorded"})`,
              )
            : [],
        );
        // The finding's severity follows the advisories': the worst one found.
        const severity = vulnerable
          .map(({ verdict }) => (verdict.status === "vulnerable" ? verdict.severity : "info"))
          .sort((a, b) => severityRank(b) - severityRank(a))[0];
        return fail(
          "vulnerable",
          {
            ...evidence,
            advisories: [...new Set(lines)],
            deployments: vulnerable.map((v) => v.deployment).join(", "),
          },
          severity,
        );
      }
      for (const { deployment, verdict } of verdicts)
        if (verdict.status === "unknown") reasons.push(`${deployment} (${verdict.image}): ${verdict.reason}`);
      if (reasons.length > 0) return unknown("cannotJudge", { ...evidence, reasons });
      const components = verdicts.flatMap(({ verdict }) =>
        verdict.components.map((c) => `${describe(c)} in ${verdict.image}`),
      );
      return pass("noAdvisory", { ...evidence, components: [...new Set(components)].join(", ") });
    }),
});

import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { AI_INPUT_OUTPUT_FILTERING } from "../compliance.js";

/** Modes in which the filter lets content through and flags it afterwards. */
const NON_BLOCKING_MODES = new Set(["deferred", "asynchronous_filter"]);

export default defineCheck({
  id: "ai-service.content-filter-blocking",
  title: "Content filters on model deployments should block, including jailbreak attempts",
  kind: "ai-service",
  category: "threat",
  severity: "medium",
  providers: ["azure"],
  compliance: AI_INPUT_OUTPUT_FILTERING,
  remediation: {
    text: "Use a content filter in blocking mode (not asynchronous), with every harm category enabled and blocking on prompts and completions and the jailbreak prompt shield on; Microsoft.DefaultV2 is a good base.",
    cli: {
      azure:
        'az rest --method put --url "https://management.azure.com/ACCOUNT_ID/raiPolicies/POLICY?api-version=2024-10-01" --body \'{"properties":{"mode":"Blocking","basePolicyName":"Microsoft.DefaultV2","contentFilters":[{"name":"Jailbreak","enabled":true,"blocking":true,"source":"Prompt"}]}}\'',
    },
  },
  messages: {
    noFiltered: "No deployment names a content filter to judge",
    weak: "{{weak}} of {{total}} filtered deployment(s) let content through: {{problems}}",
    blocking: "Every filtered deployment blocks, with a jailbreak shield: {{filters}}",
  },
  evaluate: (asset) => {
    if (isUnknown(asset.deployments)) return cannotTell("the account's model deployments", asset.deployments);
    const filtered = asset.deployments.filter((d) => d.contentFilter);
    if (filtered.length === 0) return pass("noFiltered", {});
    if (isUnknown(asset.contentFilters))
      return cannotTell("the account's content filters", asset.contentFilters);
    const byName = new Map(asset.contentFilters.map((p) => [p.name.toLowerCase(), p]));
    const missing = filtered.filter((d) => !byName.has((d.contentFilter ?? "").toLowerCase()));
    if (missing.length)
      return cannotTell(
        "the deployments' content filters",
        `Deployment(s) ${missing.map((d) => `${d.name} (${d.contentFilter})`).join(", ")} name content filters the account does not list`,
      );
    const problems = filtered.flatMap((d) => {
      const policy = byName.get((d.contentFilter ?? "").toLowerCase());
      if (!policy) return [];
      const issues = [
        ...(NON_BLOCKING_MODES.has(policy.mode.toLowerCase()) ? [`mode ${policy.mode}`] : []),
        ...(policy.notBlocking.length ? [`not blocking: ${policy.notBlocking.join(", ")}`] : []),
        ...(policy.jailbreakShield ? [] : ["no jailbreak shield"]),
      ];
      return issues.length ? [`${d.name} → ${policy.name}: ${issues.join("; ")}`] : [];
    });
    const evidence = { policies: asset.contentFilters.map((p) => ({ ...p })) };
    if (problems.length)
      return fail("weak", { ...evidence, weak: problems.length, total: filtered.length, problems });
    return pass("blocking", {
      ...evidence,
      filters: filtered.map((d) => `${d.name} → ${d.contentFilter}`).join(", "),
    });
  },
});

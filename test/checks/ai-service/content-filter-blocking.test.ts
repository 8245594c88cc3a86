import check from "../../../checks/ai-service/content-filter-blocking.js";
import { azureProvider } from "../../../providers/azure/index.js";
import { ACCOUNTS_DENIED, aiServiceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { cognitiveAccountRecord, withoutReply } from "../../support/raw-records.js";

const deployment = (raiPolicyName?: string) => ({
  name: "chat",
  properties: { model: { format: "OpenAI", name: "gpt-4o" }, ...(raiPolicyName ? { raiPolicyName } : {}) },
});
const filter = (name: string, source: string, enabled = true, blocking = true) => ({
  name,
  enabled,
  blocking,
  source,
  severityThreshold: "Medium",
});
const HARMS = ["Hate", "Sexual", "Violence", "Selfharm"].flatMap((h) => [
  filter(h, "Prompt"),
  filter(h, "Completion"),
]);
const policy = (name: string, mode: string, contentFilters: unknown[]) => ({
  name,
  properties: { mode, basePolicyName: "Microsoft.DefaultV2", contentFilters },
});
const raw = (raiPolicyName: string | undefined, policies: unknown[]) =>
  fromRecord(
    azureProvider,
    cognitiveAccountRecord({}, "raw-openai", {
      Deployments_List: [deployment(raiPolicyName)],
      RaiPolicies_List: policies,
    }),
  );

checkTable(check, {
  valid: [
    { name: "DefaultV2 blocks with a jailbreak shield", messageId: "blocking", asset: aiServiceAsset() },
    {
      name: "raw record: a custom blocking policy with the jailbreak shield",
      messageId: "blocking",
      asset: raw("strict", [policy("strict", "Blocking", [...HARMS, filter("Jailbreak", "Prompt")])]),
      data: { filters: "chat → strict" },
    },
    {
      name: "raw record: the built-in DefaultV2, not listed, known by name",
      messageId: "blocking",
      asset: raw("Microsoft.DefaultV2", []),
    },
    {
      name: "raw record: no deployment names a filter (content-filter reports that)",
      messageId: "noFiltered",
      asset: raw(undefined, []),
    },
  ],
  invalid: [
    {
      name: "raw record: asynchronous mode lets content through",
      messageId: "weak",
      asset: raw("async", [
        policy("async", "Asynchronous_filter", [...HARMS, filter("Jailbreak", "Prompt")]),
      ]),
      data: { problems: ["chat → async: mode Asynchronous_filter"] },
      severity: "medium",
    },
    {
      name: "raw record: violence on completions annotates only, no jailbreak shield",
      messageId: "weak",
      asset: raw("lax", [
        policy("lax", "Blocking", [...HARMS.slice(0, 5), filter("Violence", "Completion", true, false)]),
      ]),
      data: {
        problems: ["chat → lax: not blocking: Violence (Completion, annotate only); no jailbreak shield"],
      },
    },
    {
      name: "raw record: the built-in Microsoft.Default has no jailbreak shield",
      messageId: "weak",
      asset: raw("Microsoft.Default", []),
    },
  ],
  unknown: [
    {
      name: "deployments unreadable",
      messageId: "cannotTell",
      asset: aiServiceAsset({ deployments: ACCOUNTS_DENIED }),
    },
    {
      name: "raw record: RAI policies not read",
      messageId: "cannotTell",
      asset: fromRecord(
        azureProvider,
        withoutReply(
          cognitiveAccountRecord({}, "raw-openai", { Deployments_List: [deployment("strict")] }),
          "RaiPolicies_List",
        ),
      ),
    },
    {
      name: "raw record: a deployment names a filter the account does not list",
      messageId: "cannotTell",
      asset: raw("gone", []),
      data: { reason: "Deployment(s) chat (gone) name content filters the account does not list" },
    },
  ],
});

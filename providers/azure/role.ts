import type { AzureOperation } from "./operation.js";

/**
 * The least-privilege Azure custom role, generated from the one list of operations the tool calls, in the
 * format `az role definition create --role-definition @role.json` takes. Replace the assignable scope with
 * the subscriptions (or a management group) to scan.
 */
export function azureCustomRole(
  operations: readonly AzureOperation[],
  assignableScopes: readonly string[] = ["/subscriptions/00000000-0000-0000-0000-000000000000"],
) {
  return {
    Name: "aiposture reader",
    IsCustom: true,
    Description:
      "Read-only access for aiposture: the settings of storage accounts, AI Search, Azure OpenAI and AI Services, Machine Learning, diagnostic settings and Defender for Cloud. No data actions.",
    Actions: [...new Set(operations.map((op) => op.permission))].sort(),
    NotActions: [],
    DataActions: [],
    NotDataActions: [],
    AssignableScopes: [...assignableScopes],
  };
}

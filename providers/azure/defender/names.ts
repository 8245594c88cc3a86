// Names shared by the Defender for Cloud collector, normalizer and native findings.
export const DEFENDER_SERVICE = "defender";
/** One record per subscription: its plans, alerts and assessments. */
export const DEFENDER_RECORD_TYPE = "azure.security.defender";

/** Stable per subscription (not a plan's id), so findings about the subscription keep their fingerprint. */
export function defenderScopeId(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Security/pricings`;
}

/** Plans (Microsoft.Security/pricings names) behind each protection. */
export const STORAGE_PLAN = "StorageAccounts";
export const AI_PLAN = "AI";

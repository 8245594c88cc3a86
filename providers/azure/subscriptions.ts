import { SubscriptionClient, type Subscription } from "@azure/arm-resources-subscriptions";
import type { ArmConnection } from "./clients.js";
import type { AzureReader } from "./reader.js";

/**
 * Every subscription the identity can list (Deleted ones have nothing to read). A failure — no credential,
 * no access — is recorded by the reader as a gap with account "unknown", and the scan reads nothing else.
 */
export async function listSubscriptions(reader: AzureReader, arm: ArmConnection): Promise<string[]> {
  const client = new SubscriptionClient(arm.credential, arm.clientOptions);
  const result = await reader.list<Subscription>(
    "resources",
    "Subscriptions_List",
    { subscription: "unknown" },
    () => client.subscriptions.list(),
  );
  if (!result.ok || !result.value) return [];
  return result.value
    .filter((s) => s.subscriptionId && s.state !== "Deleted")
    .map((s) => s.subscriptionId as string);
}

import { CognitiveServicesManagementClient, type Account } from "@azure/arm-cognitiveservices";
import { armRecord, resourceGroupOf, type AzureCollectContext } from "../context.js";
import { DIAGNOSTIC_SETTINGS, readDiagnosticSettings } from "../monitor/diagnostic-settings.js";
import { approvedPrivateEndpoints, readPrivateDns } from "../network/private-dns.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

export const COGNITIVE_SERVICE = "cognitive";
export const COGNITIVE_ACCOUNT_TYPE = "azure.cognitiveservices.account";

/** Account kinds that host model deployments (the others — Speech, Vision, … — have none to list). */
const DEPLOYMENT_KINDS = new Set(["openai", "aiservices"]);

export function hasDeployments(kind: string | undefined): boolean {
  return DEPLOYMENT_KINDS.has((kind ?? "").toLowerCase());
}

/**
 * Azure OpenAI / AI Services accounts of one subscription (the list carries every property), each account's
 * diagnostic settings, and for kinds that host models their deployments and content filters (RAI policies).
 */
export async function collectCognitive(ctx: AzureCollectContext): Promise<void> {
  const client = new CognitiveServicesManagementClient(
    ctx.arm.credential,
    ctx.subscriptionId,
    ctx.arm.clientOptions,
  );
  const accounts = await ctx.reader.list(
    COGNITIVE_SERVICE,
    "Accounts_List",
    { subscription: ctx.subscriptionId },
    () => client.accounts.list(),
  );
  if (!accounts.ok || !accounts.value) return;
  ctx.options.onProgress?.(`azure ${ctx.subscriptionId}: ${accounts.value.length} AI Services accounts`);
  await forEachBounded(accounts.value, ctx.options.concurrency, (account) =>
    collectAccount(ctx, client, account),
  );
}

async function collectAccount(
  ctx: AzureCollectContext,
  client: CognitiveServicesManagementClient,
  account: Account,
) {
  if (!account.id || !account.name) return;
  const replies: Record<string, unknown> = { Accounts_List: account };
  const scope = { subscription: ctx.subscriptionId, region: account.location, resource: account.id };
  const group = resourceGroupOf(account.id);
  const name = account.name;
  const deploymentReads = hasDeployments(account.kind)
    ? [
        ctx.reader.list(COGNITIVE_SERVICE, "Deployments_List", scope, () =>
          client.deployments.list(group, name),
        ),
        ctx.reader.list(COGNITIVE_SERVICE, "RaiPolicies_List", scope, () =>
          client.raiPolicies.list(group, name),
        ),
      ]
    : [];
  const privateDns = readPrivateDns(
    ctx,
    approvedPrivateEndpoints(account.properties?.privateEndpointConnections),
    scope,
    replies,
  );
  const [diagnostics, deployments, raiPolicies] = await Promise.all([
    readDiagnosticSettings(ctx, ctx.rest, account.id, scope),
    ...deploymentReads,
  ]);
  await privateDns;
  if (diagnostics?.ok) replies[DIAGNOSTIC_SETTINGS] = diagnostics.value;
  if (deployments?.ok) replies.Deployments_List = deployments.value;
  if (raiPolicies?.ok) replies.RaiPolicies_List = raiPolicies.value;
  ctx.inventory.records.push(armRecord(ctx, account, COGNITIVE_SERVICE, COGNITIVE_ACCOUNT_TYPE, replies));
}

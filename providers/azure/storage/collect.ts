import { StorageManagementClient, type ListContainerItem, type StorageAccount } from "@azure/arm-storage";
import { armRecord, resourceGroupOf, type AzureCollectContext } from "../context.js";
import { readDiagnosticSettings } from "../monitor/diagnostic-settings.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

export const STORAGE_SERVICE = "storage";
export const STORAGE_ACCOUNT_TYPE = "azure.storage.account";

/**
 * Storage accounts of one subscription, then per account (concurrently, under the reader's bound): the blob
 * service's properties, every container, and the blob service's diagnostic settings. Replies are stored under
 * their ARM operation names; one that failed is absent, and its error entry names the account's ARM id.
 */
export async function collectStorage(ctx: AzureCollectContext): Promise<void> {
  const client = new StorageManagementClient(ctx.arm.credential, ctx.subscriptionId, ctx.arm.clientOptions);
  const accounts = await ctx.reader.list(
    STORAGE_SERVICE,
    "StorageAccounts_List",
    { subscription: ctx.subscriptionId },
    () => client.storageAccounts.list(),
  );
  if (!accounts.ok || !accounts.value) return;
  ctx.options.onProgress?.(`azure ${ctx.subscriptionId}: ${accounts.value.length} storage accounts`);
  await forEachBounded(accounts.value, ctx.options.concurrency, (account) =>
    collectAccount(ctx, client, account),
  );
}

async function collectAccount(
  ctx: AzureCollectContext,
  client: StorageManagementClient,
  account: StorageAccount,
) {
  if (!account.id || !account.name) return;
  const group = resourceGroupOf(account.id);
  const name = account.name;
  const scope = { subscription: ctx.subscriptionId, region: account.location, resource: account.id };
  const replies: Record<string, unknown> = { StorageAccounts_List: account };
  const [blobService, containers, diagnostics] = await Promise.all([
    ctx.reader.get(STORAGE_SERVICE, "BlobServices_GetServiceProperties", scope, () =>
      client.blobServices.getServiceProperties(group, name),
    ),
    ctx.reader.list<ListContainerItem>(STORAGE_SERVICE, "BlobContainers_List", scope, () =>
      client.blobContainers.list(group, name),
    ),
    readDiagnosticSettings(ctx, ctx.rest, `${account.id}/blobServices/default`, scope),
  ]);
  if (blobService.ok) replies.BlobServices_GetServiceProperties = blobService.value;
  if (containers.ok) replies.BlobContainers_List = containers.value;
  if (diagnostics.ok) replies.DiagnosticSettings_List = diagnostics.value;
  ctx.inventory.records.push(armRecord(ctx, account, STORAGE_SERVICE, STORAGE_ACCOUNT_TYPE, replies));
}

import { SearchManagementClient, type SearchService } from "@azure/arm-search";
import { armRecord, type AzureCollectContext } from "../context.js";
import { readDiagnosticSettings } from "../monitor/diagnostic-settings.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

export const SEARCH_SERVICE = "search";
export const SEARCH_SERVICE_TYPE = "azure.search.service";

/** AI Search services of one subscription (the list carries every property), and each one's diagnostic settings. */
export async function collectSearch(ctx: AzureCollectContext): Promise<void> {
  const client = new SearchManagementClient(ctx.arm.credential, ctx.subscriptionId, ctx.arm.clientOptions);
  const services = await ctx.reader.list(
    SEARCH_SERVICE,
    "Services_ListBySubscription",
    { subscription: ctx.subscriptionId },
    () => client.services.listBySubscription(),
  );
  if (!services.ok || !services.value) return;
  ctx.options.onProgress?.(`azure ${ctx.subscriptionId}: ${services.value.length} AI Search services`);
  await forEachBounded(services.value, ctx.options.concurrency, (service) => collectService(ctx, service));
}

async function collectService(ctx: AzureCollectContext, service: SearchService) {
  if (!service.id || !service.name) return;
  const scope = { subscription: ctx.subscriptionId, region: service.location, resource: service.id };
  const replies: Record<string, unknown> = { Services_ListBySubscription: service };
  const diagnostics = await readDiagnosticSettings(ctx, ctx.rest, service.id, scope);
  if (diagnostics.ok) replies.DiagnosticSettings_List = diagnostics.value;
  ctx.inventory.records.push(armRecord(ctx, service, SEARCH_SERVICE, SEARCH_SERVICE_TYPE, replies));
}

import { SearchManagementClient, type SearchService } from "@azure/arm-search";
import { armRecord, resourceGroupOf, type AzureCollectContext } from "../context.js";
import { readDiagnosticSettings } from "../monitor/diagnostic-settings.js";
import { approvedPrivateEndpoints, readPrivateDns } from "../network/private-dns.js";
import { forEachBounded } from "../../../src/engine/resource-pool.js";

export const SEARCH_SERVICE = "search";
export const SEARCH_SERVICE_TYPE = "azure.search.service";
export const SHARED_PRIVATE_LINKS = "SharedPrivateLinkResources_ListByService";

/**
 * AI Search services of one subscription (the list carries every property), and per service its diagnostic
 * settings, the DNS zone groups of its private endpoints and its shared private links (outbound, for indexers).
 */
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
  await forEachBounded(services.value, ctx.options.concurrency, (service) =>
    collectService(ctx, client, service),
  );
}

async function collectService(
  ctx: AzureCollectContext,
  client: SearchManagementClient,
  service: SearchService,
) {
  if (!service.id || !service.name) return;
  const scope = { subscription: ctx.subscriptionId, region: service.location, resource: service.id };
  const replies: Record<string, unknown> = { Services_ListBySubscription: service };
  const group = resourceGroupOf(service.id);
  const name = service.name;
  const [diagnostics, sharedLinks] = await Promise.all([
    readDiagnosticSettings(ctx, ctx.rest, service.id, scope),
    ctx.reader.list(SEARCH_SERVICE, SHARED_PRIVATE_LINKS, scope, () =>
      client.sharedPrivateLinkResources.listByService(group, name),
    ),
    readPrivateDns(ctx, approvedPrivateEndpoints(service.privateEndpointConnections), scope, replies),
  ]);
  if (diagnostics.ok) replies.DiagnosticSettings_List = diagnostics.value;
  if (sharedLinks.ok) replies[SHARED_PRIVATE_LINKS] = sharedLinks.value;
  ctx.inventory.records.push(armRecord(ctx, service, SEARCH_SERVICE, SEARCH_SERVICE_TYPE, replies));
}

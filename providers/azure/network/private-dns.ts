// Private DNS zone groups (Microsoft.Network, api-version 2023-09-01): the private DNS zones a private endpoint
// writes its A records to. Without one linking the service's privatelink zone, clients in the virtual network
// resolve the service's name to its public address (unless custom DNS forwards it), so requests meant for the
// private endpoint go over the internet, or fail once public access is disabled. Read with ArmRestClient (no
// network SDK client is installed); interpreted by privateDnsOf(), which is pure.
import type { PrivateDns, PrivateEndpointDns } from "../../../src/model/assets/private-dns.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import type { AzureCollectContext } from "../context.js";
import type { AzureReadScope } from "../reader.js";
import type { AzureReplyReader } from "../replies.js";

export const PRIVATE_DNS_ZONE_GROUPS = "PrivateDnsZoneGroups_List";
const API_VERSION = "2023-09-01";

/** ARM wire shape of one private DNS zone group. */
export interface PrivateDnsZoneGroup {
  id?: string;
  name?: string;
  properties?: {
    provisioningState?: string;
    privateDnsZoneConfigs?: Array<{ name?: string; properties?: { privateDnsZoneId?: string } }>;
  };
}

/** A private endpoint connection as a service resource lists it. */
export interface PrivateEndpointConnectionWire {
  properties?: {
    privateEndpoint?: { id?: string } | null;
    privateLinkServiceConnectionState?: { status?: string } | null;
  } | null;
}

/** Private endpoint id → its zone groups; an endpoint whose read failed is absent. */
export type ZoneGroupsByEndpoint = Record<string, PrivateDnsZoneGroup[]>;

/** The private endpoints of approved connections (pending or rejected ones carry no traffic), once each. */
export function approvedPrivateEndpoints(
  connections: readonly PrivateEndpointConnectionWire[] | null | undefined,
): string[] {
  const ids = new Map<string, string>();
  for (const c of connections ?? []) {
    const id = c.properties?.privateEndpoint?.id;
    if (id && c.properties?.privateLinkServiceConnectionState?.status === "Approved")
      ids.set(id.toLowerCase(), id);
  }
  return [...ids.values()];
}

/**
 * Reads the zone groups of each private endpoint into `replies[PRIVATE_DNS_ZONE_GROUPS]`. A failed read is an
 * error entry on the resource and leaves that endpoint out; when every read fails the reply is absent.
 */
export async function readPrivateDns(
  ctx: AzureCollectContext,
  endpointIds: readonly string[],
  scope: AzureReadScope,
  replies: Record<string, unknown>,
): Promise<void> {
  const reads = await Promise.all(
    endpointIds.map(async (id) => ({
      id,
      result: await ctx.reader.list<PrivateDnsZoneGroup>("network", PRIVATE_DNS_ZONE_GROUPS, scope, () =>
        ctx.rest.list<PrivateDnsZoneGroup>(`${id}/privateDnsZoneGroups`, API_VERSION),
      ),
    })),
  );
  const byEndpoint: ZoneGroupsByEndpoint = {};
  for (const { id, result } of reads) if (result.ok) byEndpoint[id] = result.value ?? [];
  if (endpointIds.length === 0 || Object.keys(byEndpoint).length > 0)
    replies[PRIVATE_DNS_ZONE_GROUPS] = byEndpoint;
}

/** "/subscriptions/…/privateDnsZones/privatelink.openai.azure.com" → "privatelink.openai.azure.com". */
function zoneName(zoneId: string): string {
  return (zoneId.split("/").pop() ?? zoneId).toLowerCase();
}

/**
 * The private DNS verdict of a resource whose approved private endpoints are `endpointIds`: per endpoint, the
 * zones its groups link and which of `requiredZones` none links.
 */
export function privateDnsOf(
  record: InventoryRecord,
  read: AzureReplyReader,
  endpointIds: Known<string[]>,
  requiredZones: readonly string[],
): Known<PrivateDns> {
  if (isUnknown(endpointIds)) return endpointIds;
  const required = requiredZones.map((z) => z.toLowerCase());
  if (endpointIds.length === 0) return { requiredZones: required, endpoints: [] };
  const groups = read<ZoneGroupsByEndpoint>(record, PRIVATE_DNS_ZONE_GROUPS);
  if (isUnknown(groups)) return groups;
  const byId = new Map(Object.entries(groups ?? {}).map(([id, g]) => [id.toLowerCase(), g]));
  const endpoints = endpointIds.map((id): PrivateEndpointDns => {
    const found = byId.get(id.toLowerCase());
    if (!found)
      return {
        privateEndpointId: id,
        zones: unknown(`${PRIVATE_DNS_ZONE_GROUPS} failed for private endpoint ${id}`),
      };
    const linked = [
      ...new Set(
        found.flatMap((group) =>
          (group.properties?.privateDnsZoneConfigs ?? [])
            .map((config) => config.properties?.privateDnsZoneId)
            .filter((zoneId): zoneId is string => Boolean(zoneId))
            .map(zoneName),
        ),
      ),
    ];
    return { privateEndpointId: id, zones: { linked, missing: required.filter((z) => !linked.includes(z)) } };
  });
  return { requiredZones: required, endpoints };
}

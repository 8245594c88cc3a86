// Raw private endpoint connections and DNS zone group replies, as the Azure collectors store them beside an AI
// Services account, an ML workspace or an AI Search service.
import { PRIVATE_DNS_ZONE_GROUPS } from "../../providers/azure/network/private-dns.js";
import type { Inventory } from "../../src/model/inventory.js";

const NETWORK =
  "/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/net-rg/providers/Microsoft.Network";

export const peId = (name: string) => `${NETWORK}/privateEndpoints/${name}`;

/** A private endpoint connection on the service resource. */
export const connection = (endpoint: string, status = "Approved") => ({
  properties: {
    privateEndpoint: { id: peId(endpoint) },
    privateLinkServiceConnectionState: { status },
  },
});

/** One DNS zone group linking `zones`, as PrivateDnsZoneGroups_List returns it. */
export const zoneGroup = (...zones: string[]) => ({
  name: "default",
  properties: {
    provisioningState: "Succeeded",
    privateDnsZoneConfigs: zones.map((zone) => ({
      name: zone.split(".")[1],
      properties: { privateDnsZoneId: `${NETWORK}/privateDnsZones/${zone}` },
    })),
  },
});

/** The reply the collector stores: private endpoint name → its zone groups (endpoints whose read failed are absent). */
export const zoneGroupsReply = (byEndpoint: Record<string, unknown[]>) => ({
  [PRIVATE_DNS_ZONE_GROUPS]: Object.fromEntries(
    Object.entries(byEndpoint).map(([name, groups]) => [peId(name), groups]),
  ),
});

/** The error entry a failed zone group read leaves on the resource. */
export const zoneGroupsDenied = (resource: string, account: string): Inventory["errors"] => [
  {
    provider: "azure",
    account,
    service: "network",
    operation: PRIVATE_DNS_ZONE_GROUPS,
    resource,
    code: "AuthorizationFailed",
    message: "denied",
  },
];

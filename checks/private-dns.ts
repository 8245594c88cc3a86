// Shared by the private DNS zone checks of the Azure kinds Private Link serves: every approved private endpoint
// has a DNS zone group linking each privatelink zone the service's names resolve through.
import { cannotTell, fail, pass, type CheckOutcome } from "../src/model/check.js";
import { isUnknown, type Known } from "../src/model/known.js";
import type { PrivateDns } from "../src/model/assets/private-dns.js";

export const PRIVATE_DNS_MESSAGES = {
  noPrivateEndpoint: "No approved private endpoint: there is no private address to resolve",
  resolved: "Every approved private endpoint ({{count}}) has a DNS zone group linking {{requiredZones}}",
  missingZones:
    "Private endpoint(s) with no DNS zone group linking the service's privatelink zone: {{endpoints}}. Clients in the virtual network resolve the public name to the public address (unless custom DNS forwards it), so requests miss the private endpoint",
} as const;

type Id = keyof typeof PRIVATE_DNS_MESSAGES;

/** "/subscriptions/…/privateEndpoints/pe-1" → "pe-1" */
function endpointName(id: string): string {
  return id.split("/").pop() ?? id;
}

export function evaluatePrivateDns(dns: Known<PrivateDns> | undefined): CheckOutcome<Id | "cannotTell"> {
  const what = "the private DNS zones of the private endpoints";
  if (dns === undefined) return cannotTell(what, "not reported for this resource");
  if (isUnknown(dns)) return cannotTell(what, dns);
  if (dns.endpoints.length === 0) return pass("noPrivateEndpoint", { requiredZones: dns.requiredZones });
  const missing = dns.endpoints.flatMap((e) =>
    !isUnknown(e.zones) && e.zones.missing.length > 0
      ? [{ privateEndpointId: e.privateEndpointId, missing: e.zones.missing, linked: e.zones.linked }]
      : [],
  );
  if (missing.length > 0)
    return fail("missingZones", {
      endpoints: missing.map((m) => `${endpointName(m.privateEndpointId)} lacks ${m.missing.join(", ")}`),
      privateEndpoints: missing,
      requiredZones: dns.requiredZones,
    });
  const unread = dns.endpoints.find((e) => isUnknown(e.zones));
  if (unread && isUnknown(unread.zones)) return cannotTell(what, unread.zones);
  return pass("resolved", { count: dns.endpoints.length, requiredZones: dns.requiredZones });
}

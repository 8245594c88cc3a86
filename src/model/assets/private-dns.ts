// How the private endpoints of an Azure resource resolve: the private DNS zones their zone groups link. Shared
// by the asset kinds that Azure Private Link serves (AI Services accounts, ML workspaces, AI Search services).
import type { Known } from "../known.js";

export interface PrivateEndpointDns {
  /** ARM id of the private endpoint (Microsoft.Network/privateEndpoints). */
  privateEndpointId: string;
  /** Zone names its DNS zone groups link, and the required ones they do not; unknown when the read failed. */
  zones: Known<{ linked: string[]; missing: string[] }>;
}

export interface PrivateDns {
  /** The privatelink zones the service's host names resolve through (e.g. privatelink.openai.azure.com). */
  requiredZones: string[];
  /** Approved private endpoint connections, one entry per private endpoint. */
  endpoints: PrivateEndpointDns[];
}

import type { AzureOperation } from "../operation.js";

export const NETWORK_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "network",
    operation: "PrivateDnsZoneGroups_List",
    sdk: "arm-rest (Microsoft.Network privateEndpoints/privateDnsZoneGroups, api-version 2023-09-01)",
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateEndpoints/{privateEndpointName}/privateDnsZoneGroups",
    permission: "Microsoft.Network/privateEndpoints/privateDnsZoneGroups/read",
    why: "which private DNS zones resolve the private endpoints of AI Services accounts, ML workspaces and AI Search services",
  },
];

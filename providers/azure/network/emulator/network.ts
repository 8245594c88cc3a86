// Microsoft.Network private endpoints' DNS zone groups (api-version 2023-09-01): GET
// {privateEndpointId}/privateDnsZoneGroups, paged with nextLink; a missing endpoint or resource group is ARM's 404.
import { armResourceId } from "../../../../mocks/estate/azure-common.js";
import { armPage, armService, lastProviderNamespace, locateResource } from "../../../../mocks/azure/arm.js";
import { networkEstate, type AzurePrivateEndpoint } from "./estate.js";

const TYPE = "Microsoft.Network/privateEndpoints";

function zoneGroupsToArm(subscriptionId: string, endpoint: AzurePrivateEndpoint) {
  const endpointId = armResourceId(subscriptionId, endpoint.resourceGroup, TYPE, endpoint.name);
  return endpoint.privateDnsZoneGroups.map((group) => {
    const id = `${endpointId}/privateDnsZoneGroups/${group.name}`;
    return {
      name: group.name,
      id,
      etag: 'W/"00000000-0000-4000-8000-000000000001"',
      properties: {
        provisioningState: "Succeeded",
        privateDnsZoneConfigs: group.privateDnsZoneConfigs.map((config) => ({
          name: config.name,
          id: `${id}/privateDnsZoneConfigs/${config.name}`,
          properties: {
            privateDnsZoneId: config.privateDnsZoneId,
            recordSets: config.recordSets ?? [],
          },
        })),
      },
    };
  });
}

export const azureNetwork = armService(
  "azure-network",
  (path) => lastProviderNamespace(path) === "microsoft.network",
  [
    {
      operation: "PrivateDnsZoneGroups_List",
      path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Network/privateEndpoints/{privateEndpointName}/privateDnsZoneGroups",
      handle: (params, req, ctx) => {
        const found = locateResource(params, ctx, (s) => networkEstate.of(s), "privateEndpointName", TYPE);
        if ("error" in found) return found.error;
        return armPage(zoneGroupsToArm(found.subscription.subscriptionId, found.resource), req, ctx);
      },
    },
  ],
);

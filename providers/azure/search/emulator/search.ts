// Microsoft.Search (Azure AI Search management, api-version 2025-05-01 as @azure/arm-search 3.3 sends):
// search services by subscription, GET of one service, and its shared private link resources.
import type { AzureSearchService } from "./estate.js";
import { armResourceId } from "../../../../mocks/estate/azure-common.js";
import {
  armJson,
  armPage,
  armService,
  locateResource,
  lastProviderNamespace,
  toArmJson,
  subscriptionList,
} from "../../../../mocks/azure/arm.js";
import { searchEstate } from "./estate.js";

const TYPE = "Microsoft.Search/searchServices";

function serviceToArm(subscriptionId: string, service: AzureSearchService) {
  const id = armResourceId(subscriptionId, service.resourceGroup, TYPE, service.name);
  const { privateEndpointConnections, sharedPrivateLinkResources, ...rest } = service;
  return toArmJson(
    {
      ...rest,
      sharedPrivateLinkResources: sharedPrivateLinkResources.map((link) => sharedLinkToArm(id, link)),
      privateEndpointConnections: privateEndpointConnections.map((pe, index) => {
        const name = typeof pe.name === "string" ? pe.name : `${service.name}-pe-${index}`;
        return toArmJson(
          pe,
          {
            id: `${id}/privateEndpointConnections/${name}`,
            type: `${TYPE}/privateEndpointConnections`,
            name,
          },
          { defaults: { provisioningState: "Succeeded", groupId: "searchService" } },
        );
      }),
    },
    { id, type: TYPE, name: service.name },
    {
      omit: ["diagnosticSettings"],
      defaults: {
        replicaCount: 1,
        partitionCount: 1,
        hostingMode: "default",
        endpoint: `https://${service.name}.search.windows.net`,
        status: "running",
        statusDetails: "",
        provisioningState: "succeeded",
      },
    },
  );
}

function sharedLinkToArm(serviceId: string, link: AzureSearchService["sharedPrivateLinkResources"][number]) {
  return toArmJson(link, {
    id: `${serviceId}/sharedPrivateLinkResources/${link.name}`,
    type: `${TYPE}/sharedPrivateLinkResources`,
    name: link.name,
  });
}

export const azureSearch = armService(
  "azure-search",
  (path) => lastProviderNamespace(path) === "microsoft.search",
  [
    subscriptionList(
      "Services_ListBySubscription",
      "/subscriptions/{subscriptionId}/providers/Microsoft.Search/searchServices",
      (subscription) =>
        searchEstate.of(subscription).map((s) => serviceToArm(subscription.subscriptionId, s)),
    ),
    {
      operation: "Services_Get",
      path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Search/searchServices/{searchServiceName}",
      handle: (params, _req, ctx) => {
        const found = locateResource(params, ctx, (s) => searchEstate.of(s), "searchServiceName", TYPE);
        return "error" in found
          ? found.error
          : armJson(serviceToArm(found.subscription.subscriptionId, found.resource));
      },
    },
    {
      operation: "SharedPrivateLinkResources_ListByService",
      path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Search/searchServices/{searchServiceName}/sharedPrivateLinkResources",
      handle: (params, req, ctx) => {
        const found = locateResource(params, ctx, (s) => searchEstate.of(s), "searchServiceName", TYPE);
        if ("error" in found) return found.error;
        const { subscription, resource } = found;
        const id = armResourceId(subscription.subscriptionId, resource.resourceGroup, TYPE, resource.name);
        return armPage(
          resource.sharedPrivateLinkResources.map((link) => sharedLinkToArm(id, link)),
          req,
          ctx,
        );
      },
    },
  ],
);

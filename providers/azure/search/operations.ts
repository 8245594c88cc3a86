import type { AzureOperation } from "../operation.js";

export const SEARCH_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "search",
    operation: "Services_ListBySubscription",
    sdk: "@azure/arm-search services.listBySubscription",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.Search/searchServices",
    permission: "Microsoft.Search/searchServices/read",
    why: "AI Search services: public network access, IP rules, local auth, CMK, private endpoints, SKU",
  },
  {
    service: "search",
    operation: "SharedPrivateLinkResources_ListByService",
    sdk: "@azure/arm-search sharedPrivateLinkResources.listByService",
    path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Search/searchServices/{searchServiceName}/sharedPrivateLinkResources",
    permission: "Microsoft.Search/searchServices/sharedPrivateLinkResources/read",
    why: "shared private links the service's indexers use to reach data sources privately, and whether each is approved",
  },
];

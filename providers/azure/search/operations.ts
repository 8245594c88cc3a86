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
];

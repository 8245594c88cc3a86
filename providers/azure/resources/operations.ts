import type { AzureOperation } from "../operation.js";

export const RESOURCES_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "resources",
    operation: "Subscriptions_List",
    sdk: "@azure/arm-resources-subscriptions subscriptions.list",
    path: "/subscriptions",
    permission: "Microsoft.Resources/subscriptions/read",
    why: "subscriptions the identity can see, when --subscriptions is not given",
  },
];

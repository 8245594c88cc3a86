// Microsoft.Resources subscriptions (api-version 2022-12-01): the tenant-level list the scanner starts from,
// and GET of one subscription. Every estate subscription is visible to the caller.
import type { AzureSubscription } from "../../../../mocks/estate/azure.js";
import {
  armJson,
  armPage,
  armService,
  findSubscription,
  subscriptionNotFound,
} from "../../../../mocks/azure/arm.js";

function toArm(s: AzureSubscription) {
  return {
    id: `/subscriptions/${s.subscriptionId}`,
    subscriptionId: s.subscriptionId,
    tenantId: s.tenantId,
    displayName: s.displayName,
    state: s.state,
    tags: s.tags,
    authorizationSource: "RoleBased",
    managedByTenants: [],
    subscriptionPolicies: {
      locationPlacementId: "Public_2014-09-01",
      quotaId: "PayAsYouGo_2014-09-01",
      spendingLimit: "Off",
    },
  };
}

export const azureResources = armService(
  "azure-resources",
  (path) => /^\/subscriptions(\/[^/]+)?\/?$/i.test(path),
  [
    {
      operation: "Subscriptions_List",
      path: "/subscriptions",
      handle: (_params, req, ctx) => armPage(ctx.estate.azure.subscriptions.map(toArm), req, ctx),
    },
    {
      operation: "Subscriptions_Get",
      path: "/subscriptions/{subscriptionId}",
      handle: ({ subscriptionId = "" }, _req, ctx) => {
        const subscription = findSubscription(ctx.estate, subscriptionId);
        return subscription ? armJson(toArm(subscription)) : subscriptionNotFound(subscriptionId);
      },
    },
  ],
);

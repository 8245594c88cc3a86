// Microsoft.CognitiveServices (Azure OpenAI / AI Services management, api-version 2025-09-01 as
// @azure/arm-cognitiveservices 8.1 sends): accounts by subscription, GET of one account, and an account's model
// deployments and content filters (RAI policies). Deployments of an account kind that has none (Speech, Vision, …) list as empty, as ARM does.
import type { AzureCognitiveAccount } from "./estate.js";
import { armResourceId } from "../../../../mocks/estate/azure-common.js";
import type { AzureSubscription } from "../../../../mocks/estate/azure.js";
import type { EmuResponse } from "../../../../mocks/types.js";
import {
  armJson,
  armPage,
  armService,
  locateResource,
  lastProviderNamespace,
  toArmJson,
  subscriptionList,
} from "../../../../mocks/azure/arm.js";
import type { HandlerContext } from "../../../../mocks/types.js";
import { cognitiveEstate } from "./estate.js";

const TYPE = "Microsoft.CognitiveServices/accounts";

function accountToArm(subscriptionId: string, account: AzureCognitiveAccount) {
  const id = armResourceId(subscriptionId, account.resourceGroup, TYPE, account.name);
  const { privateEndpointConnections, ...rest } = account;
  const subdomain = account.customSubDomainName ?? account.name;
  return toArmJson(
    {
      ...rest,
      privateEndpointConnections: privateEndpointConnections.map((pe, index) => {
        const name = typeof pe.name === "string" ? pe.name : `${account.name}-pe-${index}`;
        return toArmJson(
          pe,
          {
            id: `${id}/privateEndpointConnections/${name}`,
            type: `${TYPE}/privateEndpointConnections`,
            name,
          },
          { defaults: { provisioningState: "Succeeded", groupIds: ["account"] } },
        );
      }),
    },
    { id, type: TYPE, name: account.name },
    {
      omit: ["deployments", "raiPolicies", "diagnosticSettings"],
      defaults: {
        provisioningState: "Succeeded",
        customSubDomainName: subdomain,
        endpoint:
          account.kind === "OpenAI"
            ? `https://${subdomain}.openai.azure.com/`
            : `https://${subdomain}.cognitiveservices.azure.com/`,
      },
    },
  );
}

function deploymentsToArm(subscriptionId: string, account: AzureCognitiveAccount) {
  const accountId = armResourceId(subscriptionId, account.resourceGroup, TYPE, account.name);
  return account.deployments.map((deployment) => {
    const { sku, ...rest } = deployment;
    return {
      ...toArmJson(
        rest,
        {
          id: `${accountId}/deployments/${deployment.name}`,
          type: `${TYPE}/deployments`,
          name: deployment.name,
        },
        { defaults: { provisioningState: "Succeeded" } },
      ),
      sku: sku ?? { name: "Standard", capacity: 10 },
    };
  });
}

function raiPoliciesToArm(subscriptionId: string, account: AzureCognitiveAccount) {
  const accountId = armResourceId(subscriptionId, account.resourceGroup, TYPE, account.name);
  return account.raiPolicies.map((policy) =>
    toArmJson(
      policy,
      { id: `${accountId}/raiPolicies/${policy.name}`, type: `${TYPE}/raiPolicies`, name: policy.name },
      { defaults: { type: "UserManaged" } },
    ),
  );
}

function withAccount(
  params: Record<string, string>,
  ctx: HandlerContext,
  then: (subscription: AzureSubscription, account: AzureCognitiveAccount) => EmuResponse,
): EmuResponse {
  const found = locateResource(params, ctx, (s) => cognitiveEstate.of(s), "accountName", TYPE);
  return "error" in found ? found.error : then(found.subscription, found.resource);
}

const ACCOUNT =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.CognitiveServices/accounts/{accountName}";

export const azureCognitive = armService(
  "azure-cognitive",
  (path) => lastProviderNamespace(path) === "microsoft.cognitiveservices",
  [
    subscriptionList(
      "Accounts_List",
      "/subscriptions/{subscriptionId}/providers/Microsoft.CognitiveServices/accounts",
      (subscription) =>
        cognitiveEstate.of(subscription).map((a) => accountToArm(subscription.subscriptionId, a)),
    ),
    {
      operation: "Accounts_Get",
      path: ACCOUNT,
      handle: (params, _req, ctx) =>
        withAccount(params, ctx, (s, account) => armJson(accountToArm(s.subscriptionId, account))),
    },
    {
      operation: "Deployments_List",
      path: `${ACCOUNT}/deployments`,
      handle: (params, req, ctx) =>
        withAccount(params, ctx, (s, account) =>
          armPage(deploymentsToArm(s.subscriptionId, account), req, ctx),
        ),
    },
    {
      operation: "RaiPolicies_List",
      path: `${ACCOUNT}/raiPolicies`,
      handle: (params, req, ctx) =>
        withAccount(params, ctx, (s, account) =>
          armPage(raiPoliciesToArm(s.subscriptionId, account), req, ctx),
        ),
    },
  ],
);

// Microsoft.Storage (storage resource provider, api-version 2025-08-01 as @azure/arm-storage 20 sends):
// storage accounts by subscription, the blob service's properties, and blob containers with $maxpagesize.
// The estate holds the CLI's flattened shape; replies are ARM JSON with `properties` and wire names.
import type { AzureContainer, AzureStorageAccount } from "./estate.js";
import { STORAGE_ACCOUNT_RENAMES } from "./estate.js";
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
import { storageEstate } from "./estate.js";

const TYPE = "Microsoft.Storage/storageAccounts";
const TO_WIRE = Object.fromEntries(Object.entries(STORAGE_ACCOUNT_RENAMES).map(([wire, cli]) => [cli, wire]));
const ESTATE_ONLY = ["containers", "blobServiceProperties", "diagnosticSettings"];

export function storageAccountId(subscriptionId: string, account: AzureStorageAccount): string {
  return armResourceId(subscriptionId, account.resourceGroup, TYPE, account.name);
}

function accountToArm(subscriptionId: string, account: AzureStorageAccount) {
  const { networkRuleSet, encryption, ...rest } = account;
  const wire = toArmJson(
    {
      ...rest,
      networkRuleSet: {
        ...networkRuleSet,
        ipRules: networkRuleSet.ipRules.map((r) => ({ value: r.ipAddressOrRange, action: r.action })),
      },
      encryption: (() => {
        const { keyVaultProperties, encryptionIdentity, ...enc } = encryption;
        return {
          ...enc,
          ...(keyVaultProperties ? { keyvaultproperties: keyVaultProperties } : {}),
          ...(encryptionIdentity ? { identity: encryptionIdentity } : {}),
        };
      })(),
    },
    { id: storageAccountId(subscriptionId, account), type: TYPE, name: account.name },
    {
      omit: ESTATE_ONLY,
      renames: TO_WIRE,
      defaults: {
        provisioningState: "Succeeded",
        creationTime: "2024-01-01T00:00:00.0000000Z",
        primaryLocation: account.location,
        statusOfPrimary: "available",
        primaryEndpoints: {
          blob: `https://${account.name}.blob.core.windows.net/`,
          dfs: `https://${account.name}.dfs.core.windows.net/`,
        },
      },
    },
  );
  return wire;
}

function containerToArm(accountId: string, container: AzureContainer) {
  return toArmJson(
    { etag: '"0x8DC0000000000000"', ...container },
    {
      id: `${accountId}/blobServices/default/containers/${container.name}`,
      type: "Microsoft.Storage/storageAccounts/blobServices/containers",
      name: container.name,
    },
    { defaults: { hasImmutabilityPolicy: false, hasLegalHold: false, deleted: false } },
  );
}

/** The subscription and account a per-account route names, or the ARM error for whichever is missing. */
function locate(
  params: Record<string, string>,
  ctx: HandlerContext,
): { subscription: AzureSubscription; account: AzureStorageAccount; id: string } | { error: EmuResponse } {
  const found = locateResource(params, ctx, (s) => storageEstate.of(s), "accountName", TYPE);
  if ("error" in found) return found;
  return {
    subscription: found.subscription,
    account: found.resource,
    id: storageAccountId(found.subscription.subscriptionId, found.resource),
  };
}

const ACCOUNT =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}";

export const azureStorage = armService(
  "azure-storage",
  (path) => lastProviderNamespace(path) === "microsoft.storage",
  [
    subscriptionList(
      "StorageAccounts_List",
      "/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts",
      (subscription) =>
        storageEstate.of(subscription).map((a) => accountToArm(subscription.subscriptionId, a)),
    ),
    {
      operation: "StorageAccounts_GetProperties",
      path: ACCOUNT,
      handle: (params, _req, ctx) => {
        const found = locate(params, ctx);
        return "error" in found
          ? found.error
          : armJson(accountToArm(found.subscription.subscriptionId, found.account));
      },
    },
    {
      operation: "BlobServices_GetServiceProperties",
      path: `${ACCOUNT}/blobServices/default`,
      handle: (params, _req, ctx) => {
        const found = locate(params, ctx);
        if ("error" in found) return found.error;
        const properties = toArmJson(
          found.account.blobServiceProperties,
          { id: `${found.id}/blobServices/default`, type: `${TYPE}/blobServices`, name: "default" },
          { omit: ["sku"], defaults: { cors: { corsRules: [] } } },
        );
        return armJson({ ...properties, sku: found.account.sku });
      },
    },
    {
      operation: "BlobContainers_List",
      path: `${ACCOUNT}/blobServices/default/containers`,
      handle: (params, req, ctx) => {
        const found = locate(params, ctx);
        if ("error" in found) return found.error;
        return armPage(
          found.account.containers.map((c) => containerToArm(found.id, c)),
          req,
          ctx,
        );
      },
    },
  ],
);

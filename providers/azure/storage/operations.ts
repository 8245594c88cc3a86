import type { AzureOperation } from "../operation.js";

const ACCOUNT =
  "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{accountName}";

export const STORAGE_OPERATIONS: readonly AzureOperation[] = [
  {
    service: "storage",
    operation: "StorageAccounts_List",
    sdk: "@azure/arm-storage storageAccounts.list",
    path: "/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts",
    permission: "Microsoft.Storage/storageAccounts/read",
    why: "storage accounts: public blob access, HTTPS/TLS, shared key, network rules, encryption, tags",
  },
  {
    service: "storage",
    operation: "BlobServices_GetServiceProperties",
    sdk: "@azure/arm-storage blobServices.getServiceProperties",
    path: `${ACCOUNT}/blobServices/default`,
    permission: "Microsoft.Storage/storageAccounts/blobServices/read",
    why: "blob soft delete and versioning",
  },
  {
    service: "storage",
    operation: "BlobContainers_List",
    sdk: "@azure/arm-storage blobContainers.list",
    path: `${ACCOUNT}/blobServices/default/containers`,
    permission: "Microsoft.Storage/storageAccounts/blobServices/containers/read",
    why: "each container's public access level",
  },
];

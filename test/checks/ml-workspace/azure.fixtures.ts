// Raw Azure ML workspace records through the real normalizer, shared by the Azure control tables.
import { azureProvider } from "../../../providers/azure/index.js";
import type { MlWorkspaceAsset } from "../../../src/model/assets/ml-workspace.js";
import { fromRecord } from "../../support/from-record.js";
import { mlWorkspaceRecord, withoutReply } from "../../support/raw-records.js";

export const rawWorkspace = (get: Record<string, unknown>, replies: Record<string, unknown> = {}) =>
  fromRecord(azureProvider, mlWorkspaceRecord(get, replies)) as MlWorkspaceAsset;

export const unreadWorkspace = (operation: string) =>
  fromRecord(azureProvider, withoutReply(mlWorkspaceRecord({}), operation)) as MlWorkspaceAsset;

export const SUBNET =
  "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/ml";

/** A compute as ARM lists it at api-version 2024-10-01. */
export function computeWire(
  name: string,
  computeType: string,
  props: Record<string, unknown> = {},
  disableLocalAuth?: boolean,
) {
  return {
    name,
    properties: {
      computeType,
      ...(disableLocalAuth !== undefined ? { disableLocalAuth } : {}),
      properties: props,
    },
  };
}

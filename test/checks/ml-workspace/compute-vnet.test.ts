import check from "../../../checks/ml-workspace/compute-vnet.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { computeWire, rawWorkspace, SUBNET, unreadWorkspace } from "./azure.fixtures.js";

const computes = (get: Record<string, unknown>, ...list: unknown[]) =>
  rawWorkspace(get, { Compute_List: list });

checkTable(check, {
  valid: [
    {
      name: "in a subnet, no managed network",
      messageId: "inside",
      asset: azureWorkspaceAsset({ managedNetwork: { isolationMode: "Disabled", detail: "none" } }),
    },
    { name: "managed network", messageId: "managed", asset: azureWorkspaceAsset() },
    {
      name: "raw record: only attached Kubernetes",
      messageId: "noComputes",
      asset: computes({}, computeWire("aks", "Kubernetes")),
    },
    {
      name: "raw record: a cluster with no subnet, in an approved-only managed network",
      messageId: "managed",
      asset: computes(
        { properties: { managedNetwork: { isolationMode: "AllowOnlyApprovedOutbound" } } },
        computeWire("cpu", "AmlCompute"),
      ),
    },
  ],
  invalid: [
    {
      name: "raw record: a cluster outside any subnet, no managed network",
      messageId: "outside",
      asset: computes(
        {},
        computeWire("cpu", "AmlCompute"),
        computeWire("ci", "ComputeInstance", { subnet: { id: SUBNET } }),
      ),
      data: { count: 1, names: ["cpu (AmlCompute)"] },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "raw record: computes not read",
      messageId: "cannotTell",
      asset: unreadWorkspace("Compute_List"),
    },
  ],
});

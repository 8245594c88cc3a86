import check from "../../../checks/ml-workspace/compute-local-auth.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { computeWire, rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

const computes = (...list: unknown[]) => rawWorkspace({}, { Compute_List: list });

checkTable(check, {
  valid: [
    { name: "local auth off", messageId: "entraOnly", asset: azureWorkspaceAsset() },
    { name: "raw record: no computes", messageId: "noComputes", asset: computes() },
    {
      name: "raw record: a cluster and an instance with local auth off",
      messageId: "entraOnly",
      asset: computes(
        computeWire("cpu", "AmlCompute", {}, true),
        computeWire("ci", "ComputeInstance", {}, true),
      ),
      data: { count: 2 },
    },
  ],
  invalid: [
    {
      name: "raw record: a cluster with disableLocalAuth unset",
      messageId: "localAuth",
      asset: computes(computeWire("cpu", "AmlCompute"), computeWire("ci", "ComputeInstance", {}, true)),
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

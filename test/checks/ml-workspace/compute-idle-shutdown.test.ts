import check from "../../../checks/ml-workspace/compute-idle-shutdown.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { computeWire, rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

const computes = (...list: unknown[]) => rawWorkspace({}, { Compute_List: list });

checkTable(check, {
  valid: [
    { name: "idle shutdown set", messageId: "shutsDown", asset: azureWorkspaceAsset() },
    {
      name: "raw record: only clusters",
      messageId: "noInstances",
      asset: computes(computeWire("cpu", "AmlCompute")),
    },
    {
      name: "raw record: PT1H30M",
      messageId: "shutsDown",
      asset: computes(computeWire("ci", "ComputeInstance", { idleTimeBeforeShutdown: "PT1H30M" })),
      data: { settings: ["ci after 90 min"] },
    },
  ],
  invalid: [
    {
      name: "raw record: no idle shutdown",
      messageId: "alwaysOn",
      asset: computes(computeWire("ci", "ComputeInstance")),
      data: { count: 1, names: ["ci"] },
      severity: "low",
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

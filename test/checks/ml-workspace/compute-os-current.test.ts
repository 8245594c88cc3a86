import check from "../../../checks/ml-workspace/compute-os-current.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { computeWire, rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

const computes = (...list: unknown[]) => rawWorkspace({}, { Compute_List: list });
const instance = (name: string, latest?: boolean) =>
  computeWire(
    name,
    "ComputeInstance",
    latest === undefined ? {} : { osImageMetadata: { isLatestOsImageVersion: latest } },
  );

checkTable(check, {
  valid: [
    { name: "latest", messageId: "current", asset: azureWorkspaceAsset() },
    {
      name: "raw record: only clusters",
      messageId: "noInstances",
      asset: computes(computeWire("cpu", "AmlCompute")),
    },
    {
      name: "raw record: latest image",
      messageId: "current",
      asset: computes(instance("ci", true)),
      data: { count: 1 },
    },
  ],
  invalid: [
    {
      name: "raw record: an older image",
      messageId: "outdated",
      asset: computes(instance("ci", false), instance("ci2", true)),
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
    {
      name: "raw record: no OS image metadata",
      messageId: "notReported",
      asset: computes(instance("ci")),
      data: { names: ["ci"] },
    },
  ],
});

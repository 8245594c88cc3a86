import check from "../../../checks/ml-workspace/v1-legacy-mode.js";
import { azureProvider } from "../../../providers/azure/index.js";
import type { MlWorkspaceAsset } from "../../../src/model/assets/ml-workspace.js";
import { azureWorkspaceAsset } from "../../support/azure-ai-assets.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { mlWorkspaceRecord } from "../../support/raw-records.js";
import { rawWorkspace, unreadWorkspace } from "./azure.fixtures.js";

/** A workspace whose list entry says public network access is `access`. */
function listedAs(access: string, get: Record<string, unknown>) {
  const record = mlWorkspaceRecord(get);
  const listed = record.replies.Workspaces_ListBySubscription as Record<string, unknown>;
  return fromRecord(azureProvider, {
    ...record,
    replies: { ...record.replies, Workspaces_ListBySubscription: { ...listed, publicNetworkAccess: access } },
  }) as MlWorkspaceAsset;
}

checkTable(check, {
  valid: [
    {
      name: "raw record: private workspace, v1LegacyMode false (the note names Resource Manager private link)",
      messageId: "v2",
      asset: rawWorkspace({ properties: { v1LegacyMode: false } }),
      data: { v1LegacyMode: false },
    },
    {
      name: "raw record: public workspace, v1LegacyMode not reported (off)",
      messageId: "v2",
      asset: listedAs("Enabled", {}),
      data: { privateNote: "" },
    },
  ],
  invalid: [
    {
      name: "raw record: v1LegacyMode true",
      messageId: "legacyMode",
      asset: rawWorkspace({ properties: { v1LegacyMode: true } }),
      severity: "low",
      data: { v1LegacyMode: true },
    },
  ],
  unknown: [
    {
      name: "raw record: the workspace GET was not read",
      messageId: "cannotTell",
      asset: unreadWorkspace("Workspaces_Get"),
    },
    {
      name: "a workspace that does not report the mode",
      messageId: "cannotTell",
      asset: azureWorkspaceAsset(),
      data: { reason: "not reported for this kind of workspace" },
    },
  ],
});

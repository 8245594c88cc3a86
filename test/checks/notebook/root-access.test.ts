import rootAccess from "../../../checks/notebook/root-access.js";
import { checkTable } from "../../support/check-table.js";
import { notebookAsset } from "../../support/ml-assets.js";
import { DENIED } from "./notebook.fixtures.js";

checkTable(rootAccess, {
  valid: [{ name: "root disabled", messageId: "noRoot", asset: notebookAsset() }],
  invalid: [
    {
      name: "root enabled",
      asset: notebookAsset({ rootAccess: { enabled: true, detail: "RootAccess Enabled" } }),
      messageId: "root",
      data: { detail: "RootAccess Enabled" },
      severity: "medium",
    },
  ],
  unknown: [{ name: "unreadable", messageId: "cannotTell", asset: notebookAsset({ rootAccess: DENIED }) }],
});

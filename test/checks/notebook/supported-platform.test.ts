import check from "../../../checks/notebook/supported-platform.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { notebookAsset } from "../../support/ml-assets.js";
import { sageMakerRecord } from "../../support/raw-records.js";
import { DENIED } from "./notebook.fixtures.js";

const rawNotebook = (fields: Record<string, unknown>) =>
  fromRecord(
    awsProvider,
    sageMakerRecord("notebook-instance", "raw-notebook", {
      DescribeNotebookInstance: { NotebookInstanceName: "raw-notebook", ...fields },
    }),
  );

checkTable(check, {
  valid: [
    { name: "Amazon Linux 2023", asset: notebookAsset(), messageId: "supported" },
    {
      name: "raw record: notebook-al2023-v1",
      asset: rawNotebook({ PlatformIdentifier: "notebook-al2023-v1" }),
      messageId: "supported",
    },
  ],
  invalid: [
    {
      name: "raw record: Amazon Linux 2",
      asset: rawNotebook({ PlatformIdentifier: "notebook-al2-v2" }),
      messageId: "unsupported",
      data: { detail: "PlatformIdentifier notebook-al2-v2" },
      severity: "medium",
    },
  ],
  unknown: [
    { name: "notebook unreadable", asset: notebookAsset({ platform: DENIED }), messageId: "cannotTell" },
    { name: "raw record: no PlatformIdentifier reported", asset: rawNotebook({}), messageId: "cannotTell" },
    {
      name: "a notebook kind without a platform",
      asset: (() => {
        const { platform: _p, ...rest } = notebookAsset();
        return rest;
      })(),
      messageId: "cannotTell",
    },
  ],
});

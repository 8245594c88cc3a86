import vpc from "../../../checks/notebook/vpc.js";
import { checkTable } from "../../support/check-table.js";
import { NO_VPC, notebookAsset } from "../../support/ml-assets.js";
import { DENIED } from "./notebook.fixtures.js";

checkTable(vpc, {
  valid: [{ name: "in a subnet", messageId: "inVpc", asset: notebookAsset() }],
  invalid: [
    {
      name: "no subnet",
      asset: notebookAsset({ network: NO_VPC }),
      messageId: "notInVpc",
      data: { detail: "no VpcConfig: the containers use SageMaker's network" },
      severity: "medium",
    },
  ],
  unknown: [{ name: "unreadable", messageId: "cannotTell", asset: notebookAsset({ network: DENIED }) }],
});

import vpc from "../../../checks/training-job/vpc.js";
import { checkTable } from "../../support/check-table.js";
import { NO_VPC, trainingJobAsset } from "../../support/ml-assets.js";
import { DENIED } from "./training-job.fixtures.js";

checkTable(vpc, {
  valid: [{ name: "in a VPC", messageId: "inVpc", asset: trainingJobAsset() }],
  invalid: [
    {
      name: "no VPC",
      asset: trainingJobAsset({ network: NO_VPC }),
      messageId: "notInVpc",
      data: { detail: "no VpcConfig: the containers use SageMaker's network" },
      severity: "medium",
    },
  ],
  unknown: [
    { name: "job unreadable", messageId: "cannotTell", asset: trainingJobAsset({ network: DENIED }) },
  ],
});

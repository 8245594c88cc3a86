import vpc from "../../../checks/model/vpc.js";
import { checkTable } from "../../support/check-table.js";
import { modelAsset, NO_VPC } from "../../support/ml-assets.js";
import { DENIED } from "./model.fixtures.js";

checkTable(vpc, {
  valid: [{ name: "in a VPC", messageId: "inVpc", asset: modelAsset() }],
  invalid: [
    {
      name: "no VpcConfig",
      asset: modelAsset({ network: NO_VPC }),
      messageId: "notInVpc",
      data: { detail: "no VpcConfig: the containers use SageMaker's network" },
      severity: "medium",
    },
  ],
  unknown: [{ name: "model unreadable", messageId: "cannotTell", asset: modelAsset({ network: DENIED }) }],
});

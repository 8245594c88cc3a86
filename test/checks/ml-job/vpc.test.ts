import check from "../../../checks/ml-job/vpc.js";
import { checkTable } from "../../support/check-table.js";
import { mlJobAsset, NO_VPC } from "../../support/ml-assets.js";
import { DENIED, rawAutoMl, rawProcessingJob } from "./ml-job.fixtures.js";

const VPC = { SecurityGroupIds: ["sg-1"], Subnets: ["subnet-1"] };

checkTable(check, {
  valid: [
    { name: "in a VPC", asset: mlJobAsset(), messageId: "inVpc" },
    {
      name: "raw record: processing job with a VpcConfig",
      asset: rawProcessingJob({ NetworkConfig: { VpcConfig: VPC } }),
      messageId: "inVpc",
    },
    {
      name: "raw record: AutoML job with a VpcConfig",
      asset: rawAutoMl({ VpcConfig: VPC }),
      messageId: "inVpc",
    },
  ],
  invalid: [
    {
      name: "not in a VPC",
      asset: mlJobAsset({ network: NO_VPC }),
      messageId: "notInVpc",
      severity: "medium",
    },
    {
      name: "raw record: AutoML job without SecurityConfig",
      asset: rawAutoMl(undefined),
      messageId: "notInVpc",
    },
  ],
  unknown: [{ name: "unreadable", asset: mlJobAsset({ network: DENIED }), messageId: "cannotTell" }],
});

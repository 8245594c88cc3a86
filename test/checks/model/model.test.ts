import networkIsolation from "../../../checks/model/network-isolation.js";
import vpc from "../../../checks/model/vpc.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { modelAsset, NO_VPC } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeModel failed: AccessDeniedException");

checkTable(networkIsolation, {
  valid: [{ name: "isolated", messageId: "isolated", asset: modelAsset() }],
  invalid: [
    {
      name: "not isolated",
      asset: modelAsset({ networkIsolation: { enabled: false, detail: "EnableNetworkIsolation is off" } }),
      messageId: "outbound",
      data: { detail: "EnableNetworkIsolation is off" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "model unreadable",
      asset: modelAsset({ networkIsolation: DENIED }),
      messageId: "cannotTell",
      data: { reason: "DescribeModel failed: AccessDeniedException" },
    },
  ],
});

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

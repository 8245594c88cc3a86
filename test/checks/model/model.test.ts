import networkIsolation from "../../../checks/model/network-isolation.js";
import vpc from "../../../checks/model/vpc.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { modelAsset, NO_VPC } from "../../support/ml-assets.js";

const DENIED = unknown("DescribeModel failed: AccessDeniedException");

checkTable(networkIsolation, {
  valid: [{ name: "isolated", asset: modelAsset() }],
  invalid: [
    {
      name: "not isolated",
      asset: modelAsset({ networkIsolation: { enabled: false, detail: "EnableNetworkIsolation is off" } }),
      message: /outbound network calls: EnableNetworkIsolation is off/,
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "model unreadable",
      asset: modelAsset({ networkIsolation: DENIED }),
      message: /DescribeModel failed/,
    },
  ],
});

checkTable(vpc, {
  valid: [{ name: "in a VPC", asset: modelAsset() }],
  invalid: [
    {
      name: "no VpcConfig",
      asset: modelAsset({ network: NO_VPC }),
      message: /Not attached to your VPC/,
      severity: "medium",
    },
  ],
  unknown: [{ name: "model unreadable", asset: modelAsset({ network: DENIED }) }],
});

import networkIsolation from "../../../checks/model/network-isolation.js";
import { checkTable } from "../../support/check-table.js";
import { modelAsset } from "../../support/ml-assets.js";
import { DENIED } from "./model.fixtures.js";

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

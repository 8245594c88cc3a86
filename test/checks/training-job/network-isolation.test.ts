import networkIsolation from "../../../checks/training-job/network-isolation.js";
import { checkTable } from "../../support/check-table.js";
import { trainingJobAsset } from "../../support/ml-assets.js";
import { DENIED } from "./training-job.fixtures.js";

checkTable(networkIsolation, {
  valid: [{ name: "isolated", messageId: "isolated", asset: trainingJobAsset() }],
  invalid: [
    {
      name: "not isolated",
      asset: trainingJobAsset({
        networkIsolation: { enabled: false, detail: "EnableNetworkIsolation is off" },
      }),
      messageId: "outbound",
      data: { detail: "EnableNetworkIsolation is off" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "job unreadable",
      messageId: "cannotTell",
      asset: trainingJobAsset({ networkIsolation: DENIED }),
    },
  ],
});

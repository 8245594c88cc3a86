import check from "../../../checks/ml-job/inter-container-encryption.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { mlJobAsset } from "../../support/ml-assets.js";
import { DENIED, rawAutoMl, rawProcessingJob, rawSchedule } from "./ml-job.fixtures.js";

const CLEAR = { enabled: false, detail: "EnableInterContainerTrafficEncryption is off" };

checkTable(check, {
  valid: [
    { name: "encrypted", asset: mlJobAsset(), messageId: "encrypted" },
    {
      name: "raw record: processing job with encryption on",
      asset: rawProcessingJob({ NetworkConfig: { EnableInterContainerTrafficEncryption: true } }),
      messageId: "encrypted",
    },
    {
      name: "raw record: single-instance monitoring definition",
      asset: rawSchedule({}),
      messageId: "singleInstance",
    },
  ],
  invalid: [
    {
      name: "raw record: AutoML in clear, instance count chosen by AutoML",
      asset: rawAutoMl({}),
      messageId: "serviceChosen",
      severity: "medium",
    },
    {
      name: "raw record: two-instance processing job in clear",
      asset: rawProcessingJob(),
      messageId: "unencrypted",
      data: { instanceCount: 2 },
      severity: "medium",
    },
    {
      name: "five instances in clear",
      asset: mlJobAsset({ instanceCount: 5, interContainerEncryption: CLEAR }),
      messageId: "unencrypted",
      data: { instanceCount: 5 },
    },
  ],
  unknown: [
    { name: "unreadable", asset: mlJobAsset({ interContainerEncryption: DENIED }), messageId: "cannotTell" },
    {
      name: "in clear, instance count unreadable",
      asset: mlJobAsset({ interContainerEncryption: CLEAR, instanceCount: unknown("not reported") }),
      messageId: "cannotTell",
    },
  ],
});

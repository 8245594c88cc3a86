import { expect } from "vitest";
import check from "../../../checks/ml-job/network-isolation.js";
import { checkTable } from "../../support/check-table.js";
import { IN_VPC, mlJobAsset, NO_VPC } from "../../support/ml-assets.js";
import { DENIED, rawAutoMl, rawProcessingJob, rawSchedule } from "./ml-job.fixtures.js";

const VPC = { SecurityGroupIds: ["sg-1"], Subnets: ["subnet-1"] };
const NOT_OFFERED = { enabled: false, offered: false, detail: "no setting" };

checkTable(check, {
  valid: [
    { name: "isolated", asset: mlJobAsset(), messageId: "isolated" },
    {
      name: "raw record: processing job with EnableNetworkIsolation",
      asset: rawProcessingJob({ NetworkConfig: { EnableNetworkIsolation: true } }),
      messageId: "isolated",
    },
    {
      name: "raw record: schedule whose named definition is isolated",
      asset: rawSchedule({ NetworkConfig: { EnableNetworkIsolation: true } }),
      messageId: "isolated",
    },
    {
      name: "AutoML (no such setting) in a VPC",
      asset: mlJobAsset({ jobType: "automl-job", networkIsolation: NOT_OFFERED, network: IN_VPC }),
      messageId: "notOfferedInVpc",
    },
    {
      name: "raw record: AutoML job in a VPC",
      asset: rawAutoMl({ VpcConfig: VPC }),
      messageId: "notOfferedInVpc",
    },
  ],
  invalid: [
    {
      name: "raw record: processing job without NetworkConfig",
      asset: rawProcessingJob(),
      messageId: "outbound",
      data: { jobType: "processing-job", detail: "EnableNetworkIsolation is off" },
      severity: "medium",
    },
    {
      name: "raw record: schedule whose named definition is not isolated",
      asset: rawSchedule({}),
      messageId: "outbound",
      data: { jobType: "monitoring-schedule" },
    },
    {
      name: "AutoML outside any VPC",
      asset: mlJobAsset({ jobType: "automl-job", networkIsolation: NOT_OFFERED, network: NO_VPC }),
      messageId: "notOfferedNoVpc",
    },
  ],
  unknown: [
    { name: "job unreadable", asset: mlJobAsset({ networkIsolation: DENIED }), messageId: "cannotTell" },
    {
      name: "raw record: schedule whose definition was not read",
      asset: rawSchedule(null),
      messageId: "cannotTell",
      data: { reason: expect.stringMatching(/job definition raw-dq was not read/) },
    },
    {
      name: "AutoML whose placement is unknown",
      asset: mlJobAsset({ jobType: "automl-job", networkIsolation: NOT_OFFERED, network: DENIED }),
      messageId: "cannotTell",
    },
  ],
});

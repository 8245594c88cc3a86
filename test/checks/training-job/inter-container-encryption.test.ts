import interContainerEncryption from "../../../checks/training-job/inter-container-encryption.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { trainingJobAsset } from "../../support/ml-assets.js";
import { DENIED, CLEAR } from "./training-job.fixtures.js";

checkTable(interContainerEncryption, {
  valid: [
    { name: "encrypted", messageId: "encrypted", asset: trainingJobAsset() },
    {
      name: "off, but a single instance has no traffic between containers",
      messageId: "singleInstance",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: { instanceCount: 1, instanceTypes: ["ml.m5.xlarge"] },
      }),
    },
  ],
  invalid: [
    {
      name: "off on a distributed job",
      asset: trainingJobAsset({ interContainerEncryption: CLEAR }),
      messageId: "unencrypted",
      data: { instanceCount: 2, detail: "EnableInterContainerTrafficEncryption is off" },
      severity: "medium",
    },
    {
      name: "off across instance groups",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: { instanceCount: 5, instanceTypes: ["ml.p4d.24xlarge", "ml.c5.18xlarge"] },
      }),
      messageId: "unencrypted",
      data: { instanceCount: 5, detail: "EnableInterContainerTrafficEncryption is off" },
    },
  ],
  unknown: [
    {
      name: "job unreadable",
      messageId: "cannotTell",
      asset: trainingJobAsset({ interContainerEncryption: DENIED }),
    },
    {
      name: "off, and the instance count is unknown",
      asset: trainingJobAsset({
        interContainerEncryption: CLEAR,
        compute: unknown("DescribeTrainingJob reported no ResourceConfig"),
      }),
      messageId: "cannotTell",
      data: {
        reason: "DescribeTrainingJob reported no ResourceConfig",
      },
    },
  ],
});

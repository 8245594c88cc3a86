import singleInstance from "../../../checks/model-endpoint/single-instance.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { endpointAsset } from "../../support/ml-assets.js";

checkTable(singleInstance, {
  valid: [
    { name: "two instances", messageId: "redundant", asset: endpointAsset() },
    {
      name: "serverless only",
      messageId: "serverless",
      asset: endpointAsset({ variants: [{ name: "AllTraffic", serverless: true, shadow: false }] }),
    },
    {
      name: "a single-instance shadow variant does not serve traffic",
      messageId: "redundant",
      asset: endpointAsset({
        variants: [
          { name: "AllTraffic", instanceCount: 3, serverless: false, shadow: false },
          { name: "Shadow", instanceCount: 1, serverless: false, shadow: true },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: "one instance",
      asset: endpointAsset({
        variants: [{ name: "AllTraffic", instanceCount: 1, serverless: false, shadow: false }],
      }),
      messageId: "singleInstance",
      data: { single: "AllTraffic runs 1 instance" },
      severity: "low",
    },
    {
      name: "one of two variants has one instance",
      asset: endpointAsset({
        variants: [
          { name: "A", instanceCount: 2, serverless: false, shadow: false },
          { name: "B", instanceCount: 1, serverless: false, shadow: false },
        ],
      }),
      messageId: "singleInstance",
      data: { single: "B runs 1 instance" },
    },
  ],
  unknown: [
    {
      name: "endpoint unreadable",
      messageId: "cannotTell",
      asset: endpointAsset({ variants: unknown("DescribeEndpoint failed: ThrottlingException") }),
    },
    {
      name: "instance count not reported",
      asset: endpointAsset({ variants: [{ name: "AllTraffic", serverless: false, shadow: false }] }),
      messageId: "instanceCountUnknown",
      data: { unread: "AllTraffic" },
    },
    {
      name: "no production variant reported (still creating)",
      asset: endpointAsset({ variants: [] }),
      messageId: "noProductionVariant",
    },
  ],
});

import check from "../../../checks/search/data-node-fault-tolerance.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

const layout = (dataNodes: number | undefined, zoneAwareness: boolean | undefined, detail: string) =>
  domainAsset({
    cluster: {
      ...(dataNodes !== undefined ? { dataNodes } : {}),
      ...(zoneAwareness !== undefined ? { zoneAwareness } : {}),
      dedicatedMaster: true,
      dedicatedMasterCount: 3,
      detail,
    },
  });

checkTable(check, {
  valid: [
    { name: "three nodes in three zones", messageId: "tolerant", asset: domainAsset() },
    { name: "six nodes, zone aware", messageId: "tolerant", asset: layout(6, true, "6 data node(s)") },
  ],
  invalid: [
    {
      name: "two nodes",
      asset: layout(2, true, "2 data node(s)"),
      messageId: "tooFew",
      data: { dataNodes: 2, detail: "2 data node(s)" },
      severity: "medium",
    },
    {
      name: "two nodes, zone awareness not reported",
      asset: layout(2, undefined, "2 data node(s), zone awareness not reported"),
      messageId: "tooFew",
    },
    {
      name: "node count not reported, zone awareness off",
      asset: layout(undefined, false, "zone awareness off"),
      messageId: "singleZone",
    },
    {
      name: "three nodes in one zone",
      asset: layout(3, false, "3 data node(s), zone awareness off"),
      messageId: "singleZone",
      data: { detail: "3 data node(s), zone awareness off" },
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", messageId: "cannotTell", asset: domainAsset({ cluster: DENIED }) },
    {
      name: "no ClusterConfig",
      messageId: "cannotTell",
      asset: domainAsset({ cluster: unknown("DescribeDomains reported no ClusterConfig") }),
    },
    { name: "instance count not reported", messageId: "notReported", asset: layout(undefined, true, "x") },
    { name: "zone awareness not reported", messageId: "notReported", asset: layout(3, undefined, "y") },
  ],
});

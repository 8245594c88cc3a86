import check from "../../../checks/search/dedicated-master.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

const masters = (
  dedicatedMaster: boolean | undefined,
  dedicatedMasterCount: number | undefined,
  detail: string,
) =>
  domainAsset({
    cluster: {
      dataNodes: 3,
      zoneAwareness: true,
      ...(dedicatedMaster !== undefined ? { dedicatedMaster } : {}),
      ...(dedicatedMasterCount !== undefined ? { dedicatedMasterCount } : {}),
      detail,
    },
  });

checkTable(check, {
  valid: [
    { name: "three dedicated masters", messageId: "enough", asset: domainAsset() },
    { name: "five dedicated masters", messageId: "enough", asset: masters(true, 5, "5 masters") },
  ],
  invalid: [
    {
      name: "masters shared with data nodes",
      asset: masters(false, undefined, "no dedicated master nodes"),
      messageId: "none",
      data: { detail: "no dedicated master nodes" },
      severity: "medium",
    },
    {
      name: "two dedicated masters",
      asset: masters(true, 2, "2 dedicated master node(s)"),
      messageId: "tooFew",
      data: { dedicatedMasterCount: 2 },
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", messageId: "cannotTell", asset: domainAsset({ cluster: DENIED }) },
    { name: "enabled, count not reported", messageId: "notReported", asset: masters(true, undefined, "?") },
    { name: "not reported at all", messageId: "notReported", asset: masters(undefined, undefined, "?") },
  ],
});

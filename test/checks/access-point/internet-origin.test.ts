import check from "../../../checks/access-point/internet-origin.js";
import { checkTable } from "../../support/check-table.js";
import { accessPointAsset, fromRecord } from "../../support/access-point.js";

checkTable(check, {
  valid: [
    { name: "VPC origin", messageId: "vpc", data: { vpcId: "vpc-1" }, asset: accessPointAsset() },
    {
      name: "raw: VPC origin",
      messageId: "vpc",
      data: { vpcId: "vpc-9" },
      asset: fromRecord({
        getAccessPoint: {
          Bucket: "example-bucket",
          NetworkOrigin: "VPC",
          VpcConfiguration: { VpcId: "vpc-9" },
        },
      }),
    },
  ],
  invalid: [
    {
      name: "Internet origin",
      asset: accessPointAsset({ networkOrigin: { origin: "Internet" } }),
      messageId: "internet",
      severity: "low",
    },
    { name: "raw: Internet origin", asset: fromRecord(), messageId: "internet" },
  ],
  unknown: [
    {
      name: "raw: GetAccessPoint not read",
      asset: fromRecord({ getAccessPoint: undefined }),
      messageId: "cannotTell",
    },
  ],
});

import check from "../../../checks/access-point/block-public-access.js";
import { checkTable } from "../../support/check-table.js";
import { accessPointAsset, fromRecord } from "../../support/access-point.js";

const ALL_ON = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

checkTable(check, {
  valid: [
    { name: "all four on", messageId: "enforced", asset: accessPointAsset() },
    {
      name: "raw: all four on",
      messageId: "enforced",
      asset: fromRecord({
        getAccessPoint: {
          Bucket: "example-bucket",
          NetworkOrigin: "VPC",
          PublicAccessBlockConfiguration: ALL_ON,
        },
      }),
    },
  ],
  invalid: [
    {
      name: "off",
      asset: accessPointAsset({
        publicAccessPrevention: { enforced: false, settings: {}, detail: "RestrictPublicBuckets off" },
      }),
      messageId: "notEnforced",
      severity: "medium",
    },
    { name: "raw: all four off", asset: fromRecord(), messageId: "notEnforced" },
  ],
  unknown: [
    {
      name: "raw: GetAccessPoint not read",
      asset: fromRecord({ getAccessPoint: undefined }),
      messageId: "cannotTell",
    },
  ],
});

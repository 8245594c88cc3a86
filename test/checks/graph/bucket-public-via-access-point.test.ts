import check from "../../../checks/graph/bucket-public-via-access-point.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { accessPointAsset, fromRecord } from "../../support/access-point.js";

const bucket = storageAsset();

checkTable(check, {
  valid: [
    { name: "no access point", messageId: "noPublicAccessPoint", data: { count: 0 }, asset: bucket },
    {
      name: "private access point",
      messageId: "noPublicAccessPoint",
      data: { count: 1 },
      asset: bucket,
      neighbours: [accessPointAsset()],
    },
    {
      name: "public access point of another bucket",
      messageId: "noPublicAccessPoint",
      asset: bucket,
      neighbours: [
        accessPointAsset({
          bucket: "arn:aws:s3:::other",
          publicRead: { public: true, reasons: ["open"] },
        }),
      ],
    },
  ],
  invalid: [
    {
      name: "raw: public access point on a private bucket",
      asset: bucket,
      neighbours: [fromRecord()],
      messageId: "publicVia",
      data: { bucket: "example-bucket", accessPoints: ["example-ap"] },
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "access point verdict unreadable",
      asset: bucket,
      neighbours: [accessPointAsset({ publicRead: unknown("GetAccessPointPolicy failed: AccessDenied") })],
      messageId: "cannotTell",
    },
    {
      name: "no access point seen, but the region's listing failed",
      asset: storageAsset({
        accessPointsListed: unknown("ListAccessPoints failed in us-east-1: AccessDenied"),
      }),
      messageId: "cannotTell",
      data: { reason: "ListAccessPoints failed in us-east-1: AccessDenied" },
    },
    {
      name: "a bucket from an inventory without access point reads",
      asset: storageAsset({ accessPointsListed: undefined }),
      messageId: "cannotTell",
    },
  ],
});

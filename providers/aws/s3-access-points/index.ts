import { defineAwsService } from "../service.js";
import { ACCESS_POINT_TYPE, collectAccessPoints, collectOneAccessPoint } from "./collect.js";
import { normalizeAccessPoint } from "./normalize.js";
import { S3_ACCESS_POINT_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "s3-access-points",
  title: "Amazon S3 access points",
  assetKinds: ["access-point"],
  readsRecordsOf: ["s3"],
  operations: S3_ACCESS_POINT_OPERATIONS,
  collect: collectAccessPoints,
  collectOne: async (ctx, target) => {
    if (target.name) await collectOneAccessPoint(ctx, target.region, target.name);
  },
  normalizers: { [ACCESS_POINT_TYPE]: normalizeAccessPoint },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

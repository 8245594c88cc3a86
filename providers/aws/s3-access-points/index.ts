import { defineAwsService } from "../service.js";
import { collectOneBucket } from "../s3/collect.js";
import { S3_ACCESS_POINT_ROUTES } from "./cloudtrail-routes.js";
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
  // The verdict needs the fronted bucket's policy (does it delegate to access points?): it is re-read too.
  collectOne: async (ctx, target) => {
    if (!target.name) return;
    const bucket = await collectOneAccessPoint(ctx, target.region, target.name);
    if (bucket) await collectOneBucket(ctx, bucket);
  },
  normalizers: { [ACCESS_POINT_TYPE]: normalizeAccessPoint },
  cloudTrailRoutes: S3_ACCESS_POINT_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

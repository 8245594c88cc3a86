import { defineAwsService } from "../service.js";
import { S3_ROUTES } from "./cloudtrail-routes.js";
import { collectOneBucket, collectS3 } from "./collect.js";
import { normalizeBucket } from "./normalize.js";
import { S3_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "s3",
  title: "Amazon S3 buckets",
  assetKinds: ["storage"],
  operations: S3_OPERATIONS,
  collect: collectS3,
  collectOne: async (ctx, target) => {
    if (target.name) await collectOneBucket(ctx, target.name);
  },
  normalizers: {
    "aws.s3.bucket": (record, ctx) => normalizeBucket(record, ctx.read, ctx.accountBpa(record.account)),
  },
  cloudTrailRoutes: S3_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

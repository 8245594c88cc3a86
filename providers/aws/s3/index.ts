import type { Inventory } from "../../../src/model/inventory.js";
import { unknown, type Known } from "../../../src/model/known.js";
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
    "aws.s3.bucket": (record, ctx) => ({
      ...normalizeBucket(record, ctx.read, ctx.accountBpa(record.account)),
      accessPointsListed: accessPointListing(ctx.inventory, record.account, record.region),
    }),
  },
  cloudTrailRoutes: S3_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

/** A bucket is reachable through access points too: when they could not be listed in its region, that is unknown. */
function accessPointListing(inventory: Inventory, account: string, region: string): Known<true> {
  const failed = inventory.errors.find(
    (e) =>
      e.provider === "aws" &&
      e.account === account &&
      e.region === region &&
      e.operation === "ListAccessPoints",
  );
  return failed ? unknown(`ListAccessPoints failed in ${region}: ${failed.code}`) : true;
}

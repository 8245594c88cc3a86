import type { Inventory } from "../../../src/model/inventory.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { defineAwsService } from "../service.js";
import { macieDiscoveryOf } from "../macie/discovery.js";
import { discoveredClassification } from "../../../src/model/classification.js";
import type { StorageAsset } from "../../../src/model/asset.js";
import { S3_ROUTES } from "./cloudtrail-routes.js";
import { collectOneBucket, collectS3 } from "./collect.js";
import { normalizeBucket } from "./normalize.js";
import { S3_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "s3",
  title: "Amazon S3 buckets",
  assetKinds: ["storage"],
  // A bucket's sensitivity comes from Macie's record too.
  readsRecordsOf: ["macie"],
  operations: S3_OPERATIONS,
  collect: collectS3,
  collectOne: async (ctx, target) => {
    if (target.name) await collectOneBucket(ctx, target.name);
  },
  normalizers: {
    "aws.s3.bucket": (record, ctx) =>
      withDiscovery({
        ...normalizeBucket(record, ctx.read, ctx.accountBpa(record.account)),
        accessPointsListed: accessPointListing(ctx.inventory, record.account, record.region),
        dataDiscovery: macieDiscoveryOf(ctx.inventory, ctx.read, {
          account: record.account,
          region: record.region,
          arn: record.resourceId,
          name: record.name,
        }),
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

/** An untagged bucket Macie scores as sensitive is labelled so in reports; a tag's own value always wins. */
function withDiscovery(bucket: StorageAsset): StorageAsset {
  const discovery = bucket.dataDiscovery;
  if (bucket.dataClassification || !discovery || isUnknown(discovery) || !discovery.enabled) return bucket;
  const label =
    discovery.score === undefined ? undefined : discoveredClassification(discovery.service, discovery.score);
  return label ? { ...bucket, dataClassification: label } : bucket;
}

// The S3 access point collector through the official S3 Control client against the emulated cloud: paginated
// listing per region, a missing access point policy, and the public verdict carried onto the bucket.
import pLimit from "p-limit";
import { afterEach, describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../../checks/index.js";
import { startEmulator, type Emulator } from "../../../mocks/index.js";
import type { EstateInput } from "../../../mocks/estate/schema.js";
import { collectAccount } from "../../../providers/aws/account/collect.js";
import type { AwsCollectContext } from "../../../providers/aws/context.js";
import { normalizeAws } from "../../../providers/aws/normalize.js";
import { AWS_OPERATIONS } from "../../../providers/aws/operations.js";
import { AwsReader } from "../../../providers/aws/reader.js";
import { collectAccessPoints } from "../../../providers/aws/s3-access-points/collect.js";
import { collectS3 } from "../../../providers/aws/s3/collect.js";
import { evaluateAssets } from "../../../src/engine/evaluate.js";
import type { AccessPointAsset } from "../../../src/model/assets/access-point.js";
import { emptyInventory } from "../../../src/model/inventory.js";
import { isUnknown } from "../../../src/model/known.js";

const ACCOUNT = "111122223333";
const BUCKET = "ap-data";
const OFF = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

const ESTATE: EstateInput = {
  aws: {
    accounts: [
      {
        id: ACCOUNT,
        s3: {
          buckets: [
            {
              Name: BUCKET,
              BucketRegion: "us-east-1",
              Policy: {
                Version: "2012-10-17",
                Statement: [
                  {
                    Effect: "Allow",
                    Principal: { AWS: "*" },
                    Action: "*",
                    Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
                    Condition: { StringEquals: { "s3:DataAccessPointAccount": ACCOUNT } },
                  },
                ],
              },
            },
          ],
        },
        s3AccessPoints: [
          {
            Name: "open-ap",
            Bucket: BUCKET,
            PublicAccessBlockConfiguration: OFF,
            IsPublic: true,
            Policy: {
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Principal: "*",
                  Action: "s3:GetObject",
                  Resource: `arn:aws:s3:us-east-1:${ACCOUNT}:accesspoint/open-ap/object/*`,
                },
              ],
            },
          },
          { Name: "vpc-ap", Bucket: BUCKET, NetworkOrigin: "VPC", VpcConfiguration: { VpcId: "vpc-0abc" } },
          { Name: "west-ap", Region: "us-west-2", Bucket: BUCKET },
        ],
      },
    ],
  },
};

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function scan() {
  emulator = await startEmulator({ estate: ESTATE, pageSize: 1 });
  const inventory = emptyInventory();
  const ctx: AwsCollectContext = {
    account: ACCOUNT,
    partition: "aws",
    options: {
      endpoint: emulator.endpoint,
      concurrency: 4,
      maxAttempts: 4,
      regions: ["us-east-1", "us-west-2"],
    },
    reader: new AwsReader(pLimit(4), inventory.errors, () => ACCOUNT, AWS_OPERATIONS),
    inventory,
  };
  await Promise.all([collectAccount(ctx, undefined), collectS3(ctx), collectAccessPoints(ctx)]);
  const { assets, errors } = normalizeAws(inventory);
  expect(errors).toEqual([]);
  return { inventory, assets, findings: evaluateAssets(assets, ALL_CHECKS) };
}

describe("S3 access points over the wire", () => {
  it("lists every access point of each region page by page and judges each one", async () => {
    const { inventory, assets, findings } = await scan();
    const points = assets.filter((a): a is AccessPointAsset => a.kind === "access-point");
    expect(points.map((p) => `${p.region} ${p.name}`).sort()).toEqual([
      "us-east-1 open-ap",
      "us-east-1 vpc-ap",
      "us-west-2 west-ap",
    ]);
    expect(inventory.errors).toEqual([]);
    const open = points.find((p) => p.name === "open-ap")!;
    expect(!isUnknown(open.publicRead) && open.publicRead.public).toBe(true);
    expect(open.relations).toEqual([{ type: "fronts-bucket", target: `arn:aws:s3:::${BUCKET}` }]);
    const vpc = points.find((p) => p.name === "vpc-ap")!;
    expect(vpc.networkOrigin).toEqual({ origin: "VPC", vpcId: "vpc-0abc" });
    // No policy (NoSuchAccessPointPolicy) is an answer, not a gap.
    expect(vpc.publicRead).toEqual({ public: false, reasons: ["access point policy grants no public read"] });

    const status = (check: string, name: string) =>
      findings.find((f) => f.checkId === check && f.resource.name === name)?.status;
    expect(status("access-point.public", "open-ap")).toBe("fail");
    expect(status("access-point.public", "vpc-ap")).toBe("pass");
    expect(status("access-point.block-public-access", "open-ap")).toBe("fail");
    expect(status("access-point.block-public-access", "vpc-ap")).toBe("pass");
    expect(status("access-point.internet-origin", "open-ap")).toBe("fail");
    expect(status("graph.bucket-public-via-access-point", BUCKET)).toBe("fail");
    expect(status("storage.public-read", BUCKET)).toBe("pass");
  });
});

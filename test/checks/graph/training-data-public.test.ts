import check from "../../../checks/graph/training-data-public.js";
import { unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { trainingJobAsset } from "../../support/ml-assets.js";

const INPUT = "arn:aws:s3:::train-input";
const OUTPUT = "arn:aws:s3:::train-output";
const job = trainingJobAsset({
  relations: [
    { type: RELATION.readsTrainingDataFrom, target: INPUT, detail: "channel train: s3://train-input/data/" },
    { type: RELATION.writesOutputTo, target: OUTPUT, detail: "model artifacts: s3://train-output/out/" },
    { type: RELATION.placedIn, target: "arn:aws:ec2:us-east-1:111122223333:subnet/subnet-1" },
  ],
});
const READABLE = { public: true, reasons: ["bucket policy statement 1 grants s3:GetObject to *"] };
const PRIVATE = { public: false, reasons: [] };
const bucket = (id: string, publicRead: ReturnType<typeof storageAsset>["publicRead"]) =>
  storageAsset({ id, name: id.replace("arn:aws:s3:::", ""), publicRead });

checkTable(check, {
  valid: [
    {
      name: "both buckets private",
      messageId: "chainNotPublic",
      asset: job,
      neighbours: [bucket(INPUT, PRIVATE), bucket(OUTPUT, PRIVATE)],
    },
    { name: "no bucket relation", messageId: "noBucket", asset: trainingJobAsset() },
  ],
  invalid: [
    {
      name: "input bucket publicly readable",
      asset: job,
      neighbours: [bucket(INPUT, READABLE), bucket(OUTPUT, PRIVATE)],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "training-job", name: "example-job" },
          { kind: "storage", name: "train-input" },
        ],
      },
      severity: "high",
    },
    {
      name: "output bucket publicly readable, input outside the scan",
      asset: job,
      neighbours: [bucket(OUTPUT, READABLE)],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "training-job", name: "example-job" },
          { kind: "storage", name: "train-output" },
        ],
      },
    },
  ],
  unknown: [
    {
      name: "input bucket publicRead unreadable",
      asset: job,
      neighbours: [bucket(INPUT, UNREADABLE), bucket(OUTPUT, PRIVATE)],
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "training-job", name: "example-job" },
          { kind: "storage", name: "train-input" },
        ],
      },
    },
    {
      name: "buckets not in the inventory",
      asset: job,
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "training-job", name: "example-job" },
          { kind: "outside-scan", name: "train-input" },
        ],
      },
    },
    {
      name: "DescribeTrainingJob failed",
      asset: trainingJobAsset({ compute: unknown("DescribeTrainingJob failed: AccessDeniedException") }),
      messageId: "cannotTell",
      data: {
        reason: "DescribeTrainingJob failed: AccessDeniedException",
      },
    },
  ],
});

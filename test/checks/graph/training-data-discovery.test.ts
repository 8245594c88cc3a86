import check from "../../../checks/graph/training-data-discovery.js";
import type { DataDiscovery } from "../../../src/model/asset-base.js";
import { unknown, type Known } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { storageAsset } from "../../support/assets.js";
import { checkTable } from "../../support/check-table.js";
import { trainingJobAsset } from "../../support/ml-assets.js";

const INPUT = "arn:aws:s3:::train-input";
const job = trainingJobAsset({
  relations: [
    { type: RELATION.readsTrainingDataFrom, target: INPUT, detail: "channel train: s3://train-input/data/" },
    // Output buckets are not training data: never judged.
    { type: RELATION.writesOutputTo, target: "arn:aws:s3:::train-output" },
  ],
});
const macie = (overrides: Partial<DataDiscovery> = {}): DataDiscovery => ({
  service: "Macie",
  enabled: true,
  automatedDiscovery: true,
  score: 23,
  ...overrides,
});
const input = (dataDiscovery: Known<DataDiscovery> | undefined) =>
  storageAsset({ id: INPUT, name: "train-input", ...(dataDiscovery ? { dataDiscovery } : {}) });

checkTable(check, {
  valid: [
    { name: "scored not sensitive", messageId: "analysed", asset: job, neighbours: [input(macie())] },
    {
      name: "scored sensitive (analysed is what the check asks)",
      messageId: "analysed",
      asset: job,
      neighbours: [input(macie({ score: 91 }))],
    },
    { name: "no bucket read", messageId: "noBucket", asset: trainingJobAsset() },
  ],
  invalid: [
    {
      name: "Macie off in the region",
      messageId: "notAnalysed",
      asset: job,
      neighbours: [input(macie({ enabled: false, automatedDiscovery: false, score: undefined }))],
      data: { summary: "train-input: Macie in us-east-1 is not enabled (or is paused)" },
    },
    {
      name: "automated discovery off",
      messageId: "notAnalysed",
      asset: job,
      neighbours: [input(macie({ automatedDiscovery: false }))],
    },
    {
      name: "not analysed yet (score 50)",
      messageId: "notAnalysed",
      asset: job,
      neighbours: [input(macie({ score: 50 }))],
    },
    {
      name: "not in Macie's bucket list",
      messageId: "notAnalysed",
      asset: job,
      neighbours: [input(macie({ score: undefined }))],
    },
    {
      name: "classification error (score -1)",
      messageId: "notAnalysed",
      asset: job,
      neighbours: [input(macie({ score: -1 }))],
    },
  ],
  unknown: [
    {
      name: "Macie reads failed",
      messageId: "notJudged",
      asset: job,
      neighbours: [input(unknown("GetMacieSession failed: AccessDeniedException"))],
    },
    {
      name: "automated discovery configuration unread",
      messageId: "notJudged",
      asset: job,
      neighbours: [input(macie({ automatedDiscovery: unknown("not read") }))],
    },
    {
      name: "Macie not collected at all",
      messageId: "notJudged",
      asset: job,
      neighbours: [input(undefined)],
    },
    { name: "bucket outside the scan", messageId: "notJudged", asset: job },
    {
      name: "training job unread",
      messageId: "cannotTell",
      asset: trainingJobAsset({ compute: unknown("DescribeTrainingJob failed: AccessDenied") }),
    },
  ],
});

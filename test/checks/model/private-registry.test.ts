import check from "../../../checks/model/private-registry.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { modelAsset } from "../../support/ml-assets.js";
import { sageMakerRecord } from "../../support/raw-records.js";
import { DENIED } from "./model.fixtures.js";

const IMAGE = "111122223333.dkr.ecr.us-east-1.amazonaws.com/scorer:1";
/** A model as DescribeModel answers, through the normalizer. */
const rawModel = (reply: Record<string, unknown>) =>
  fromRecord(
    awsProvider,
    sageMakerRecord("model", "raw-model", { DescribeModel: { ModelName: "raw-model", ...reply } }),
  );

checkTable(check, {
  valid: [
    { name: "every container through the VPC", asset: modelAsset(), messageId: "private" },
    {
      name: "raw record: inference pipeline, every container Vpc",
      asset: rawModel({
        Containers: [
          { Image: IMAGE, ImageConfig: { RepositoryAccessMode: "Vpc" } },
          { Image: IMAGE, ImageConfig: { RepositoryAccessMode: "Vpc" } },
        ],
      }),
      messageId: "private",
    },
  ],
  invalid: [
    {
      name: "raw record: primary container without ImageConfig",
      asset: rawModel({ PrimaryContainer: { Image: IMAGE } }),
      messageId: "platform",
      data: { count: 1 },
      severity: "medium",
    },
    {
      name: "raw record: one pipeline container on Platform",
      asset: rawModel({
        Containers: [
          { Image: IMAGE, ImageConfig: { RepositoryAccessMode: "Vpc" } },
          { ContainerHostname: "post", Image: IMAGE, ImageConfig: { RepositoryAccessMode: "Platform" } },
        ],
      }),
      messageId: "platform",
      data: { count: 1, containers: [`post (${IMAGE}, RepositoryAccessMode Platform)`] },
    },
    { name: "no containers", asset: modelAsset({ containers: [] }), messageId: "noContainers" },
  ],
  unknown: [{ name: "model unreadable", asset: modelAsset({ containers: DENIED }), messageId: "cannotTell" }],
});

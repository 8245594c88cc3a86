// Toxic combination: a training job reads its data from, or writes its model to, a bucket anyone can read. The
// training set (often the most sensitive data an AI team holds) or the trained weights leak to the internet.
import { cannotTell, defineCheck, pass } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION } from "../../src/model/relations.js";
import { PUBLIC_ACCESS } from "../compliance.js";
import { CHAIN_MESSAGES, combine, isBucketArn, judgeBucket, link } from "./chain.js";

const FOLLOWED: Record<string, string> = {
  [RELATION.readsTrainingDataFrom]: "reads training data from",
  [RELATION.writesOutputTo]: "writes output to",
};

export default defineCheck({
  id: "graph.training-data-public",
  title: "Training jobs must not read data from or write models to a publicly readable bucket",
  kind: "training-job",
  uses: ["storage"],
  category: "exposure",
  severity: "high",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Remove public read from the training input and output buckets (bucket policy statements and ACL grants to everyone; turn on Block Public Access), and review the bucket's access logs for reads by unknown principals.",
    cli: {
      aws: "aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    },
  },
  messages: {
    ...CHAIN_MESSAGES,
    noBucket: "Training job {{name}} reads and writes no S3 bucket",
  },
  evaluate: (job, graph) => {
    const followed = job.relations.filter((r) => r.type in FOLLOWED && isBucketArn(r.target));
    // Relations come from DescribeTrainingJob: when it failed, no relation does not mean no bucket.
    if (followed.length === 0 && isUnknown(job.compute))
      return cannotTell("which buckets the training job uses", job.compute);
    return combine(
      followed.map((relation) =>
        judgeBucket(
          graph,
          relation,
          [link(job, `training job (status ${job.status ?? "not read"})`)],
          `training job ${job.name} ${FOLLOWED[relation.type] ?? relation.type}`,
          (bucket) => bucket.publicRead,
          "anyone can read",
        ),
      ),
      pass("noBucket", { name: job.name, chains: [] }),
    );
  },
});

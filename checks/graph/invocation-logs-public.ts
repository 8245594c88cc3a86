// Toxic combination: Bedrock model invocation logs (every prompt and response, with the caller) are delivered to a
// bucket anyone can read. Log groups are not judged here: CloudWatch Logs has no public access.
import { cannotTell, defineCheck, pass, whenKnown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION, relationsOf } from "../../src/model/relations.js";
import { PUBLIC_ACCESS } from "../compliance.js";
import { CHAIN_MESSAGES, combine, isBucketArn, judgeBucket, link } from "./chain.js";

export default defineCheck({
  id: "graph.invocation-logs-public",
  title: "Model invocation logs (prompts and responses) must not go to a publicly readable bucket",
  kind: "ai-platform",
  uses: ["storage"],
  category: "exposure",
  severity: "critical",
  providers: ["aws"],
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Remove public read from the invocation-logging bucket (bucket policy, ACLs; turn on Block Public Access), or deliver invocation logs to a private bucket or a CloudWatch Logs group; treat the prompts already logged as disclosed.",
    cli: {
      aws: "aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    },
  },
  messages: {
    ...CHAIN_MESSAGES,
    notLogging: "{{name}} does not log invocations to any bucket",
    noBucket: "{{name}} delivers invocation logs to no S3 bucket ({{detail}})",
  },
  evaluate: (platform, graph) =>
    whenKnown("the invocation logging destination", platform.invocationLogging, (logging) => {
      if (!logging.enabled) return pass("notLogging", { name: platform.name, chains: [] });
      const destinations = relationsOf(platform, RELATION.logsTo);
      if (isUnknown(destinations)) return cannotTell("the invocation logging destination", destinations);
      const buckets = destinations.filter((r) => isBucketArn(r.target));
      return combine(
        buckets.map((relation) =>
          judgeBucket(
            graph,
            relation,
            [link(platform, `model invocation logging (${logging.dataTypes.join(", ") || "metadata"})`)],
            `${platform.name} delivers model invocation logs (prompts and responses) to`,
            (bucket) => bucket.publicRead,
            "anyone can read",
          ),
        ),
        pass("noBucket", { name: platform.name, detail: logging.detail, chains: [] }),
      );
    }),
});

// Training data is where an AI team's most sensitive data tends to collect (exports of customer records, support
// transcripts), often without anyone classifying it. Macie's automated sensitive data discovery samples every bucket
// of a region and scores it; without it, nobody knows whether a training set holds PII, and the tag-only severity
// raise never fires for it. Judged per bucket a SageMaker training job reads its data from.
import type { StorageAsset } from "../../src/model/asset.js";
import { cannotTell, defineCheck, fail, pass, unknown } from "../../src/model/check.js";
import { SENSITIVE_DISCOVERY_SCORE } from "../../src/model/classification.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION } from "../../src/model/relations.js";
import { DATA_DISCOVERY } from "../compliance.js";
import { bucketName, isBucketArn } from "./chain.js";

type Verdict = { status: "pass" | "fail" | "unknown"; bucket: string; why: string };

/** Macie's "not yet analysed" score: also what a bucket it has never sampled shows. */
const NOT_ANALYSED = 50;

function judge(graph: AssetGraph, target: string): Verdict {
  const name = bucketName(target);
  const bucket: StorageAsset | undefined = graph.getOfKind(target, "storage");
  if (!bucket) return { status: "unknown", bucket: name, why: "bucket not in this scan" };
  const discovery = bucket.dataDiscovery;
  if (discovery === undefined)
    return { status: "unknown", bucket: name, why: "no discovery service applies" };
  if (isUnknown(discovery)) return { status: "unknown", bucket: name, why: discovery.reason };
  const where = `${discovery.service} in ${bucket.region}`;
  if (!discovery.enabled)
    return { status: "fail", bucket: name, why: `${where} is not enabled (or is paused)` };
  if (isUnknown(discovery.automatedDiscovery))
    return { status: "unknown", bucket: name, why: discovery.automatedDiscovery.reason };
  if (!discovery.automatedDiscovery)
    return { status: "fail", bucket: name, why: `${where} runs no automated sensitive data discovery` };
  const score = discovery.score;
  if (score === undefined || score === NOT_ANALYSED)
    return { status: "fail", bucket: name, why: `${discovery.service} has not analysed it yet` };
  if (score < 0)
    return {
      status: "fail",
      bucket: name,
      why: `${discovery.service} could not classify it (score ${score})`,
    };
  const label = score >= SENSITIVE_DISCOVERY_SCORE ? "sensitive" : "not sensitive";
  return { status: "pass", bucket: name, why: `${discovery.service} scores it ${score} (${label})` };
}

const text = (vs: Verdict[]) => vs.map((v) => `${v.bucket}: ${v.why}`).join("; ");

export default defineCheck({
  id: "graph.training-data-discovery",
  title: "Buckets that hold training data must be analysed by sensitive data discovery",
  kind: "training-job",
  uses: ["storage"],
  providers: ["aws"],
  category: "logging",
  severity: "medium",
  compliance: DATA_DISCOVERY,
  remediation: {
    text: "Enable Amazon Macie in the region of the training-data bucket and turn on automated sensitive data discovery, so the bucket gets a sensitivity score (and findings on a bucket Macie scores as sensitive are raised).",
    cli: {
      aws: "aws macie2 enable-macie --region REGION && aws macie2 update-automated-discovery-configuration --status ENABLED --region REGION",
    },
  },
  messages: {
    notAnalysed: "Training job {{name}} reads data nobody has classified: {{summary}}",
    notJudged: "Could not tell whether the training data of {{name}} is analysed: {{reason}}",
    analysed: "Training data of {{name}} is analysed: {{summary}}",
    noBucket: "Training job {{name}} reads no S3 bucket",
  },
  evaluate: (job, graph) => {
    const targets = job.relations
      .filter((r) => r.type === RELATION.readsTrainingDataFrom && isBucketArn(r.target))
      .map((r) => r.target);
    // Relations come from DescribeTrainingJob: when it failed, no relation does not mean no bucket.
    if (targets.length === 0 && isUnknown(job.compute))
      return cannotTell("which buckets the training job reads", job.compute);
    if (targets.length === 0) return pass("noBucket", { name: job.name });
    const verdicts = [...new Set(targets)].map((t) => judge(graph, t));
    const failing = verdicts.filter((v) => v.status === "fail");
    const unknowns = verdicts.filter((v) => v.status === "unknown");
    const buckets = verdicts.map((v) => ({ bucket: v.bucket, status: v.status, why: v.why }));
    if (failing.length > 0) return fail("notAnalysed", { name: job.name, summary: text(failing), buckets });
    if (unknowns.length > 0) return unknown("notJudged", { name: job.name, reason: text(unknowns), buckets });
    return pass("analysed", { name: job.name, summary: text(verdicts), buckets });
  },
});

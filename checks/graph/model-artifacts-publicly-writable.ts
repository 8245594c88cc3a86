// Toxic combination: a live endpoint serves a model whose artifacts sit in a bucket anyone can write. Whoever
// replaces model.tar.gz runs code in the serving container on the next deployment or scale-out (model poisoning).
import { cannotTell, defineCheck, pass } from "../../src/model/check.js";
import type { ModelEndpointAsset } from "../../src/model/assets/model-endpoint.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION, relationsOf } from "../../src/model/relations.js";
import { PUBLIC_WRITE } from "../compliance.js";
import { CHAIN_MESSAGES, combine, judgeBucket, link, outsideLink, type ChainVerdict } from "./chain.js";

/**
 * SageMaker endpoint states that serve no traffic. Every other state counts as live, including Creating (about to
 * serve what is in the bucket), Updating / RollingBack (still serving) and an endpoint whose status was not read:
 * it is in the inventory, so it exists, and calling it idle would be a guess in the safe-looking direction.
 */
const NOT_SERVING = new Set(["OutOfService", "Failed", "Deleting"]);

export default defineCheck({
  id: "graph.model-artifacts-publicly-writable",
  title: "A live endpoint must not serve a model whose artifacts anyone can overwrite",
  kind: "model-endpoint",
  uses: ["model", "storage"],
  // Follows serves-model to S3 artifacts (SageMaker); Azure ML models live in the workspace storage account,
  // which ml-workspace.public-storage judges.
  providers: ["aws"],
  category: "exposure",
  severity: "critical",
  compliance: PUBLIC_WRITE,
  remediation: {
    text: "Remove public write from the model-artifact bucket (bucket policy, ACLs; turn on Block Public Access), then verify the artifacts' integrity (compare with the training job's output or a recorded checksum) before the endpoint next loads them.",
    cli: {
      aws: "aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    },
  },
  messages: {
    ...CHAIN_MESSAGES,
    notServing: "Endpoint {{name}} is {{endpointStatus}}: it serves no model",
    noModel: "Endpoint {{name}} serves no model (no serves-model relation)",
  },
  evaluate: (endpoint, graph) => {
    if (endpoint.status && NOT_SERVING.has(endpoint.status))
      return pass("notServing", { name: endpoint.name, endpointStatus: endpoint.status });
    const served = relationsOf(endpoint, RELATION.servesModel);
    if (isUnknown(served)) return cannotTell("which models the endpoint serves", served);
    if (served.length === 0) {
      if (isUnknown(endpoint.variants))
        return cannotTell("which models the endpoint serves", endpoint.variants);
      return pass("noModel", { name: endpoint.name, chains: [] });
    }
    return combine(
      served.flatMap((relation) => chainsOf(endpoint, relation, graph)),
      pass("noModel", { name: endpoint.name, chains: [] }), // not reached: every served model yields a chain
    );
  },
});

function chainsOf(
  endpoint: ModelEndpointAsset,
  served: ModelEndpointAsset["relations"][number],
  graph: AssetGraph,
): ChainVerdict[] {
  const start = link(endpoint, `live endpoint (status ${endpoint.status ?? "not read"})`);
  const why = `serves it (${served.detail ?? "variant"})`;
  const model = graph.getOfKind(served.target, "model");
  if (!model) {
    const outside = outsideLink(served, why);
    return [
      {
        status: "unknown",
        sentence: `endpoint ${endpoint.name} serves model ${outside.name}: model not in this scan`,
        chain: [start, outside],
      },
    ];
  }
  const artifacts = model.relations.filter((r) => r.type === RELATION.loadsArtifactsFrom);
  if (artifacts.length === 0) {
    return [
      isUnknown(model.containers)
        ? {
            status: "unknown",
            sentence: `endpoint ${endpoint.name} serves model ${model.name}, whose containers could not be read: ${model.containers.reason}`,
            chain: [start, link(model, why)],
          }
        : {
            status: "pass",
            sentence: `endpoint ${endpoint.name} serves model ${model.name}, which loads no artifacts from S3`,
            chain: [start, link(model, why)],
          },
    ];
  }
  return artifacts.map((relation) =>
    judgeBucket(
      graph,
      relation,
      [start, link(model, why)],
      `endpoint ${endpoint.name} serves model ${model.name} whose artifacts are in`,
      (bucket) => bucket.publicWrite,
      "anyone can write",
    ),
  );
}

// Toxic combination: an endpoint reachable from the internet serves a model whose artifact runs code when loaded.
// Whoever planted the pickle runs code in the serving container, which holds the endpoint's role and sees every
// request. The artifact's own finding is model.unsafe-serialization; this one puts it on the endpoint.
import { cannotTell, defineCheck, fail, pass, unknown, type CheckOutcome } from "../../src/model/check.js";
import type { Asset } from "../../src/model/asset.js";
import type { ModelEndpointAsset } from "../../src/model/assets/model-endpoint.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { RELATION, relationsOf } from "../../src/model/relations.js";
import { VULNERABILITY_MANAGEMENT } from "../compliance.js";
import { link, outsideLink, type ChainVerdict } from "./chain.js";

const NOT_SERVING = new Set(["OutOfService", "Failed", "Deleting"]);
const RUNS_CODE = new Set(["dangerous-import", "import-outside-allow-list", "keras-code"]);

const MESSAGES = {
  unsafeServed: "{{summary}}",
  notJudged: "Could not tell whether the endpoint serves an artifact that runs code: {{reason}}",
  safeServed: "{{summary}}",
  notServing: "Endpoint {{name}} is {{endpointStatus}}: it serves no model",
  notReachable: "Endpoint {{name}} is not reachable from the internet: {{detail}}",
} as const;

export default defineCheck({
  id: "graph.unsafe-model-public-endpoint",
  title: "An internet-reachable endpoint must not serve a model artifact that runs code when loaded",
  kind: "model-endpoint",
  optIn: "--scan-artifacts",
  uses: ["model", "model-artifact"],
  providers: ["aws"],
  category: "supply-chain",
  severity: "critical",
  compliance: VULNERABILITY_MANAGEMENT,
  remediation: {
    text: "Take the endpoint out of service (or shift its traffic to a variant with a verified model), rebuild the model's artifact from trusted training output in safetensors, and find out who wrote the pickle: the serving container ran it with the endpoint's role.",
    cli: {
      aws: "aws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name VERIFIED_CONFIG",
    },
  },
  messages: MESSAGES,
  evaluate: (endpoint, graph) => {
    if (endpoint.status && NOT_SERVING.has(endpoint.status))
      return pass("notServing", { name: endpoint.name, endpointStatus: endpoint.status });
    if (isUnknown(endpoint.networkAccess))
      return cannotTell("whether the endpoint is reachable from the internet", endpoint.networkAccess);
    if (!endpoint.networkAccess.publicNetwork)
      return pass("notReachable", { name: endpoint.name, detail: endpoint.networkAccess.detail });
    const served = relationsOf(endpoint, RELATION.servesModel);
    if (isUnknown(served)) return cannotTell("which models the endpoint serves", served);
    if (served.length === 0) {
      if (isUnknown(endpoint.variants))
        return cannotTell("which models the endpoint serves", endpoint.variants);
      return pass("safeServed", { summary: `endpoint ${endpoint.name} serves no model`, chains: [] });
    }
    return fold(served.flatMap((relation) => chainsOf(endpoint, relation, graph)));
  },
});

/** s3://bucket/key → the model-artifact asset id (the object ARN, in the model's partition). */
function artifactId(model: Asset, uri: string): string | undefined {
  const match = /^s3:\/\/([^/]+)\/(.+)$/i.exec(uri);
  const partition = model.id.split(":")[1] ?? "aws";
  return match ? `arn:${partition}:s3:::${match[1]}/${match[2]}` : undefined;
}

function chainsOf(
  endpoint: ModelEndpointAsset,
  served: ModelEndpointAsset["relations"][number],
  graph: AssetGraph,
): ChainVerdict[] {
  const start = link(endpoint, "reachable from the internet");
  const why = `serves it (${served.detail ?? "variant"})`;
  const model = graph.getOfKind(served.target, "model");
  if (!model)
    return [
      {
        status: "unknown",
        sentence: `endpoint ${endpoint.name} serves model ${outsideLink(served, why).name}: model not in this scan`,
        chain: [start, outsideLink(served, why)],
      },
    ];
  if (isUnknown(model.containers))
    return [
      {
        status: "unknown",
        sentence: `model ${model.name}'s containers could not be read: ${model.containers.reason}`,
        chain: [start, link(model, why)],
      },
    ];
  const uris = model.containers.flatMap((c) => (c.modelDataUrl ? [c.modelDataUrl] : []));
  if (uris.length === 0)
    return [
      {
        status: "pass",
        sentence: `endpoint ${endpoint.name} serves model ${model.name}, which loads no artifact`,
        chain: [start, link(model, why)],
      },
    ];
  return uris.map((uri): ChainVerdict => {
    const lead = `endpoint ${endpoint.name} serves model ${model.name}, which loads ${uri}`;
    const id = artifactId(model, uri);
    const artifact = id ? graph.getOfKind(id, "model-artifact") : undefined;
    const prefix = [start, link(model, why)];
    if (!artifact)
      return {
        status: "unknown",
        sentence: `${lead}: the artifact was not scanned (run with --scan-artifacts)`,
        chain: [...prefix, { id: id ?? uri, kind: "outside-scan", name: uri, why: "model artifact" }],
      };
    const chain = [...prefix, link(artifact, "model artifact")];
    if (isUnknown(artifact.scan))
      return {
        status: "unknown",
        sentence: `${lead}, which could not be read: ${artifact.scan.reason}`,
        chain,
      };
    const unsafe = artifact.scan.files.filter((f) => RUNS_CODE.has(f.risk));
    if (unsafe.length > 0)
      return {
        status: "fail",
        sentence: `${lead}, which runs code when loaded (${unsafe.map((f) => `${f.path}: ${f.detail}`).join("; ")})`,
        chain,
      };
    if (!artifact.scan.complete)
      return {
        status: "unknown",
        sentence: `${lead}, which was not judged to the end: ${artifact.scan.gaps.join("; ")}`,
        chain,
      };
    return { status: "pass", sentence: `${lead}, which runs no code when loaded`, chain };
  });
}

function fold(verdicts: ChainVerdict[]): CheckOutcome<keyof typeof MESSAGES> {
  const text = (vs: ChainVerdict[]) => [...new Set(vs.map((v) => v.sentence))].join("; ");
  const failing = verdicts.filter((v) => v.status === "fail");
  if (failing.length > 0)
    return fail("unsafeServed", { summary: text(failing), chains: failing.map((v) => ({ chain: v.chain })) });
  const unknowns = verdicts.filter((v) => v.status === "unknown");
  if (unknowns.length > 0)
    return unknown("notJudged", {
      reason: text(unknowns),
      chains: unknowns.map((v) => ({ chain: v.chain })),
    });
  return pass("safeServed", { summary: text(verdicts), chains: verdicts.map((v) => ({ chain: v.chain })) });
}

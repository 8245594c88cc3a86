import {
  cannotTell,
  defineCheck,
  fail,
  pass,
  unknown,
  whenKnown,
  type CheckOutcome,
} from "../../src/model/check.js";
import type { ModelContainer } from "../../src/model/assets/model.js";
import type { ContainerImageAsset } from "../../src/model/assets/container-image.js";
import type { AssetGraph } from "../../src/model/graph.js";
import { isUnknown } from "../../src/model/known.js";
import { scanVerdict } from "../container-image/scan-verdict.js";
import { advisoryName } from "../../src/supply-chain/advisories.js";
import { activeAdvisoryDatabase } from "../../src/supply-chain/advisory-database.js";
import { describe, judgeImage, type ImageVerdict } from "../../src/supply-chain/judge.js";
import { severityRank } from "../../src/model/severity.js";
import { VULNERABILITY_MANAGEMENT } from "../compliance.js";

const MESSAGES = {
  vulnerable: "{{advisories}} — image {{images}}",
  cannotJudge: "The advisory snapshot cannot judge this model: {{reasons}}",
  noAdvisory: "No advisory for {{components}} (advisory snapshot as of {{advisoryTableReviewed}})",
} as const;

export default defineCheck({
  id: "model.vulnerable-framework",
  title: "Model containers must not run an ML framework version with a known advisory",
  kind: "model",
  uses: ["container-image"],
  category: "supply-chain",
  severity: "critical",
  compliance: VULNERABILITY_MANAGEMENT,
  remediation: {
    text: "Rebuild the model on a container image whose framework versions are at or above each advisory's fixed version (for PyTorch, 2.6.0 or later), then deploy it in a new endpoint configuration. Loading untrusted model files with a vulnerable framework runs the attacker's code.",
    cli: {
      aws: "aws sagemaker create-model --model-name NEW_MODEL --execution-role-arn ROLE_ARN --primary-container Image=763104351884.dkr.ecr.REGION.amazonaws.com/pytorch-inference:2.6.0-gpu-py312-cu124-ubuntu22.04-sagemaker,ModelDataUrl=s3://BUCKET/model.tar.gz",
    },
  },
  messages: MESSAGES,
  evaluate: (asset, graph) =>
    whenKnown("the model's container images", asset.containers, (containers) =>
      judgeContainers(containers, registryImages(graph)),
    ),
});

/** The private images read from their registry in this scan, by URI. */
function registryImages(graph: AssetGraph): ReadonlyMap<string, ContainerImageAsset> {
  return new Map(graph.ofKind("container-image").map((image) => [image.uri, image]));
}

/**
 * A custom image's tag does not name its frameworks; when its registry's scan was read, that scan answers instead.
 * Returns the verdict in the tag verdict's terms, or undefined when the registry cannot answer either.
 */
function fromRegistry(
  verdict: ImageVerdict,
  image: ContainerImageAsset | undefined,
): ImageVerdict | undefined {
  if (verdict.status !== "unknown" || !image || isUnknown(image.scan) || image.scan === null)
    return undefined;
  const scan = scanVerdict(image.scan);
  if (scan.status === "incomplete") return undefined;
  if (scan.status === "clean")
    return { status: "clear", image: verdict.image, components: [], reviewed: "the registry's scan" };
  return {
    status: "vulnerable",
    image: verdict.image,
    components: [],
    matches: [],
    severity: scan.worst,
    registryFindings: scan.lines,
  };
}

function judgeContainers(
  containers: ModelContainer[],
  images: ReadonlyMap<string, ContainerImageAsset>,
): CheckOutcome<keyof typeof MESSAGES | "cannotTell"> {
  if (containers.length === 0) return cannotTell("the model's container images", "none is named");
  const verdicts: ImageVerdict[] = [];
  const unjudged: string[] = [];
  for (const container of containers) {
    if (container.image) {
      const byTag = judgeImage(container.image);
      verdicts.push(fromRegistry(byTag, images.get(container.image)) ?? byTag);
    } else
      unjudged.push(
        container.modelPackage
          ? `the image comes from model package ${container.modelPackage}, which is not read`
          : "a container names no image",
      );
  }
  const evidence = { verdicts, advisoryTableReviewed: activeAdvisoryDatabase().asOf };
  const vulnerable = verdicts.filter((v) => v.status === "vulnerable");
  if (vulnerable.length > 0) {
    const lines = vulnerable.flatMap((v) => [
      ...(v.registryFindings ?? []).map((line) => `${line} (the registry's scan of the image)`),
      ...v.matches.map(
        (m) =>
          `${describe(m.component)} has ${advisoryName(m.advisory)} (${m.advisory.severity}: ${m.advisory.summary}; ${m.advisory.fixedVersion ? `fixed in ${m.advisory.fixedVersion}` : "no fixed version recorded"})`,
      ),
    ]);
    // The finding's severity follows the advisories': the worst one found.
    const severity = vulnerable.map((v) => v.severity).sort((a, b) => severityRank(b) - severityRank(a))[0];
    return fail(
      "vulnerable",
      { ...evidence, advisories: [...new Set(lines)], images: vulnerable.map((v) => v.image).join(", ") },
      severity,
    );
  }
  const reasons = [
    ...verdicts.flatMap((v) => (v.status === "unknown" ? [`${v.image}: ${v.reason}`] : [])),
    ...unjudged,
  ];
  if (reasons.length > 0) return unknown("cannotJudge", { ...evidence, reasons });
  const components = verdicts.flatMap((v) =>
    v.status === "clear" && v.components.length === 0
      ? [`${v.image} (no AI package finding in the registry's scan)`]
      : v.components.map(describe),
  );
  return pass("noAdvisory", { ...evidence, components: [...new Set(components)].join(", ") });
}

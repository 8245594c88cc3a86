import { defineCheck, fail, pass, unknown, whenKnown, type CheckOutcome } from "../../src/model/check.js";
import type { ArtifactFile, ArtifactScanVerdict } from "../../src/model/assets/model-artifact.js";
import { VULNERABILITY_MANAGEMENT } from "../compliance.js";

const MESSAGES = {
  runsCode: "Loading {{uri}} runs code: {{files}}",
  plainPickle: "{{uri}} is pickled ({{files}}): it runs on load, where safetensors would not",
  notJudged: "{{uri}} was not judged to the end: {{gaps}}",
  safe: "{{uri}} holds only formats that run no code: {{files}}",
} as const;

/** "path: detail (os.system via GLOBAL at byte 2)". */
function describe(file: ArtifactFile): string {
  const flagged = (file.imports ?? []).filter((i) => i.verdict !== "allowed");
  const where = flagged
    .map(
      (i) =>
        `${i.module}.${i.name}${i.opcode ? ` via ${i.opcode}` : ""}${i.offset !== undefined ? ` at byte ${i.offset}` : ""}`,
    )
    .join(", ");
  return `${file.path}: ${file.detail}${where ? ` (${where})` : ""}`;
}

export default defineCheck({
  id: "model.unsafe-serialization",
  title: "Model artifacts must not use a serialization that runs code when loaded",
  kind: "model-artifact",
  optIn: "--scan-artifacts",
  category: "supply-chain",
  severity: "critical",
  providers: ["aws"],
  compliance: VULNERABILITY_MANAGEMENT,
  remediation: {
    text: "Treat the artifact as compromised until its origin is verified: stop the models that load it, rebuild the model from trusted training output, and save the weights as safetensors (save_pretrained(..., safe_serialization=True), safetensors.torch.save_file) instead of pickle / torch.save / joblib. Where pickle cannot be avoided, load with torch.load(weights_only=True) on PyTorch 2.6.0 or later.",
    cli: {
      aws: "aws s3 cp s3://BUCKET/PREFIX/model.tar.gz ./quarantine/ && aws sagemaker delete-endpoint --endpoint-name ENDPOINT",
    },
  },
  messages: MESSAGES,
  evaluate: (asset) =>
    whenKnown("what the model artifact holds", asset.scan, (scan) => judge(asset.uri, scan)),
});

function judge(uri: string, scan: ArtifactScanVerdict): CheckOutcome<keyof typeof MESSAGES> {
  const evidence = { uri, size: scan.size, bytesFetched: scan.bytesFetched, complete: scan.complete };
  const worst = (risks: string[]) => scan.files.filter((f) => risks.includes(f.risk));
  const code = worst(["dangerous-import", "import-outside-allow-list"]);
  // A dangerous import found is a finding even when the rest of the artifact could not be read.
  if (code.length > 0) return fail("runsCode", { ...evidence, files: code.map(describe), gaps: scan.gaps });
  const keras = worst(["keras-code"]);
  if (keras.length > 0)
    return fail("runsCode", { ...evidence, files: keras.map(describe), gaps: scan.gaps }, "high");
  const pickles = worst(["plain-pickle"]);
  if (pickles.length > 0 && scan.complete)
    return fail("plainPickle", { ...evidence, files: pickles.map((f) => f.path) }, "medium");
  if (!scan.complete || scan.files.length === 0)
    return unknown("notJudged", {
      ...evidence,
      gaps: scan.gaps.length > 0 ? scan.gaps : ["no model file was found in it"],
    });
  return pass("safe", { ...evidence, files: scan.files.map((f) => `${f.path} (${f.format})`) });
}

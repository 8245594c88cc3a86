// Model artifacts (opt-in, --scan-artifacts): the files SageMaker models load, read from S3 by range and scanned
// for serialization that runs code on load. A second pass: it reads the models the first pass recorded.
import { defineAwsService } from "../service.js";
import { collectModelArtifacts, MODEL_ARTIFACT_TYPE } from "./collect.js";
import { normalizeModelArtifact } from "./normalize.js";
import { MODEL_ARTIFACT_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "model-artifacts",
  title: "Model artifacts in Amazon S3 (--scan-artifacts)",
  assetKinds: ["model-artifact"],
  operations: MODEL_ARTIFACT_OPERATIONS,
  collectAfter: collectModelArtifacts,
  normalizers: { [MODEL_ARTIFACT_TYPE]: (record, ctx) => normalizeModelArtifact(record, ctx.read) },
});

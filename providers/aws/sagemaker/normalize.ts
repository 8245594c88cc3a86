// SageMaker resource types → their normalizers, for providers/aws/normalize.ts.
import type { Asset } from "../../../src/model/asset.js";
import type { InventoryRecord } from "../../../src/model/inventory.js";
import type { ReplyReader } from "../replies.js";
import { normalizeStudioDomain } from "./normalize-domain.js";
import { normalizeEndpoint } from "./normalize-endpoint.js";
import { normalizeModel } from "./normalize-model.js";
import { normalizeNotebook } from "./normalize-notebook.js";
import { normalizeTrainingJob } from "./normalize-training-job.js";
import { normalizeFeatureGroup } from "./normalize-feature-group.js";
import { normalizeModelPackageGroup } from "./normalize-model-package-group.js";
import { normalizeInferenceExperiment } from "./normalize-inference-experiment.js";
import { ML_JOB_RESOURCE_TYPES, normalizeMlJob } from "./normalize-ml-job.js";
import { SAGEMAKER_TYPES } from "./records.js";

type SageMakerNormalizer = (record: InventoryRecord, ctx: { read: ReplyReader }) => Asset;

export const SAGEMAKER_NORMALIZERS: Record<string, SageMakerNormalizer> = {
  [SAGEMAKER_TYPES.endpoint]: (record, ctx) => normalizeEndpoint(record, ctx.read),
  [SAGEMAKER_TYPES.model]: (record, ctx) => normalizeModel(record, ctx.read),
  [SAGEMAKER_TYPES.notebook]: (record, ctx) => normalizeNotebook(record, ctx.read),
  [SAGEMAKER_TYPES.trainingJob]: (record, ctx) => normalizeTrainingJob(record, ctx.read),
  [SAGEMAKER_TYPES.domain]: (record, ctx) => normalizeStudioDomain(record, ctx.read),
  [SAGEMAKER_TYPES.featureGroup]: (record, ctx) => normalizeFeatureGroup(record, ctx.read),
  [SAGEMAKER_TYPES.modelPackageGroup]: (record, ctx) => normalizeModelPackageGroup(record, ctx.read),
  [SAGEMAKER_TYPES.inferenceExperiment]: (record, ctx) => normalizeInferenceExperiment(record, ctx.read),
  ...Object.fromEntries(
    ML_JOB_RESOURCE_TYPES.map((type) => [
      type,
      (record: InventoryRecord, ctx: { read: ReplyReader }) => normalizeMlJob(record, ctx.read),
    ]),
  ),
};

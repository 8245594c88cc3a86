// Amazon ECR, for the private images SageMaker runs: their manifests and the registry's vulnerability scans.
// A second pass: it reads the images the SageMaker records name.
import { defineAwsService } from "../service.js";
import { collectEcrImages, ECR_IMAGE_TYPE } from "./collect.js";
import { normalizeEcrImage } from "./normalize.js";
import { ECR_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "ecr",
  title: "Amazon ECR (images SageMaker runs)",
  assetKinds: ["container-image"],
  operations: ECR_OPERATIONS,
  collectAfter: collectEcrImages,
  normalizers: { [ECR_IMAGE_TYPE]: (record, ctx) => normalizeEcrImage(record, ctx.read) },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

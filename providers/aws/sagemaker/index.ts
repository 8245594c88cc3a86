import { defineAwsService } from "../service.js";
import { SAGEMAKER_ROUTES } from "./cloudtrail-routes.js";
import { collectSageMaker } from "./collect.js";
import { SAGEMAKER_NORMALIZERS } from "./normalize.js";
import { SAGEMAKER_OPERATIONS } from "./operations.js";

export default defineAwsService({
  id: "sagemaker",
  title:
    "Amazon SageMaker (endpoints, models, notebooks, training, processing, tuning and AutoML jobs, Model Monitor, Feature Store, Model Registry, Studio domains, inference experiments)",
  assetKinds: [
    "model-endpoint",
    "model",
    "notebook",
    "training-job",
    "ml-workspace",
    "ml-job",
    "feature-store",
    "model-package-group",
    "inference-experiment",
  ],
  operations: SAGEMAKER_OPERATIONS,
  collect: collectSageMaker,
  normalizers: SAGEMAKER_NORMALIZERS,
  cloudTrailRoutes: SAGEMAKER_ROUTES,
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

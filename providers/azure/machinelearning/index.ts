import { defineAzureService } from "../service.js";
import {
  collectMachineLearning,
  ML_COMPUTE_INSTANCE_TYPE,
  ML_ONLINE_ENDPOINT_TYPE,
  ML_SERVICE,
  ML_WORKSPACE_TYPE,
} from "./collect.js";
import { normalizeComputeInstance, normalizeMlWorkspace, normalizeOnlineEndpoint } from "./normalize.js";
import { MACHINE_LEARNING_OPERATIONS } from "./operations.js";

export default defineAzureService({
  id: ML_SERVICE,
  title: "Azure Machine Learning (workspaces, online endpoints, compute instances)",
  assetKinds: ["ml-workspace", "model-endpoint", "notebook"],
  operations: MACHINE_LEARNING_OPERATIONS,
  collect: collectMachineLearning,
  normalizers: {
    [ML_WORKSPACE_TYPE]: (record, ctx) => normalizeMlWorkspace(record, ctx.read),
    [ML_ONLINE_ENDPOINT_TYPE]: (record, ctx) => normalizeOnlineEndpoint(record, ctx.read),
    [ML_COMPUTE_INSTANCE_TYPE]: (record) => normalizeComputeInstance(record),
  },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

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
import { ragFromConnections } from "./rag-connections.js";

export default defineAzureService({
  id: ML_SERVICE,
  title: "Azure Machine Learning (workspaces, online endpoints, compute instances)",
  assetKinds: ["ml-workspace", "model-endpoint", "notebook", "knowledge-base"],
  operations: MACHINE_LEARNING_OPERATIONS,
  collect: collectMachineLearning,
  normalizers: {
    // A workspace connected to AI Search is also a retrieval chain (a knowledge-base asset).
    [ML_WORKSPACE_TYPE]: (record, ctx) => {
      const rag = ragFromConnections(record, ctx.read);
      const workspace = normalizeMlWorkspace(record, ctx.read);
      return rag ? [workspace, rag] : workspace;
    },
    [ML_ONLINE_ENDPOINT_TYPE]: (record, ctx) => normalizeOnlineEndpoint(record, ctx.read),
    [ML_COMPUTE_INSTANCE_TYPE]: (record) => normalizeComputeInstance(record),
  },
  emulator: () => import("./emulator/index.js").then((m) => m.default),
});

// The asset union. The shared vocabulary (kinds, relations, exposure, encryption) is in asset-base.ts, which
// the per-kind files import, so nothing here points back at them.
import type { AiPlatformAsset } from "./assets/ai-platform.js";
import type { GuardrailAsset } from "./assets/guardrail.js";
import type { CustomModelAsset } from "./assets/custom-model.js";
import type { AgentAsset } from "./assets/agent.js";
import type { AgentRuntimeAsset } from "./assets/agent-runtime.js";
import type { AgentGatewayAsset } from "./assets/agent-gateway.js";
import type { AgentMemoryAsset } from "./assets/agent-memory.js";
import type { AgentToolAsset } from "./assets/agent-tool.js";
import type { PromptAsset } from "./assets/prompt.js";
import type { InferenceJobAsset } from "./assets/inference-job.js";
import type { InferenceExperimentAsset } from "./assets/inference-experiment.js";
import type { KnowledgeBaseAsset } from "./assets/knowledge-base.js";
import type { SearchAsset } from "./assets/search.js";
import type { SearchServerlessAsset } from "./assets/search-serverless.js";
import type { ThreatDetectionAsset } from "./assets/threat-detection.js";
import type { ModelEndpointAsset } from "./assets/model-endpoint.js";
import type { ModelAsset } from "./assets/model.js";
import type { ModelArtifactAsset } from "./assets/model-artifact.js";
import type { ContainerImageAsset } from "./assets/container-image.js";
import type { NotebookAsset } from "./assets/notebook.js";
import type { TrainingJobAsset } from "./assets/training-job.js";
import type { MlWorkspaceAsset } from "./assets/ml-workspace.js";
import type { MlJobAsset } from "./assets/ml-job.js";
import type { FeatureStoreAsset } from "./assets/feature-store.js";
import type { ModelPackageGroupAsset } from "./assets/model-package-group.js";
import type { AiServiceAsset } from "./assets/ai-service.js";
import type { StorageAsset } from "./assets/storage.js";
import type { AccessPointAsset } from "./assets/access-point.js";
import type { AssetKind } from "./asset-base.js";
import type { AccountAsset } from "./assets/account.js";

export type {
  AssetBase,
  AssetKind,
  EncryptionAtRest,
  ExposureVerdict,
  PublicAccessPrevention,
  Relation,
} from "./asset-base.js";
export type { StorageAsset } from "./assets/storage.js";
export type { AccountAsset } from "./assets/account.js";

/** Every asset kind; each kind's shape lives in assets/<kind>.ts. */
export type Asset =
  | StorageAsset
  | AccessPointAsset
  | AccountAsset
  | SearchAsset
  | SearchServerlessAsset
  | AiPlatformAsset
  | GuardrailAsset
  | CustomModelAsset
  | AgentAsset
  | AgentRuntimeAsset
  | AgentGatewayAsset
  | AgentMemoryAsset
  | AgentToolAsset
  | PromptAsset
  | InferenceJobAsset
  | InferenceExperimentAsset
  | KnowledgeBaseAsset
  | ThreatDetectionAsset
  | ModelEndpointAsset
  | ModelAsset
  | ModelArtifactAsset
  | ContainerImageAsset
  | NotebookAsset
  | TrainingJobAsset
  | MlWorkspaceAsset
  | MlJobAsset
  | FeatureStoreAsset
  | ModelPackageGroupAsset
  | AiServiceAsset;

export type AssetOfKind<K extends AssetKind> = Extract<Asset, { kind: K }>;

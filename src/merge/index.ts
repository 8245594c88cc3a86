export { mergeNative, type MergeInput, type MergeResult } from "./merge.js";
export {
  DEFENDER_STORAGE_PUBLIC_ACCESS_POLICY,
  ESCALATING_CATEGORIES,
  ESCALATION,
  FOLD_RULES,
  GUARDDUTY_ACTIVE_THREAT_PURPOSES,
  NON_AI_KINDS,
  isActiveThreat,
  nativeCheckId,
  type FoldRule,
} from "./rules.js";
export { isAiAsset } from "./join.js";

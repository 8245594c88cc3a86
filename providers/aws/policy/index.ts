// AWS resource-policy evaluator: does a bucket policy / OpenSearch access policy grant access to the public?
export { evaluatePolicy } from "./evaluate.js";
export { classifyAction } from "./actions.js";
export type {
  AccessLevel,
  EvaluateOptions,
  PolicyError,
  PolicyEvaluation,
  PolicyService,
  PolicyVerdict,
  PublicStatement,
} from "./types.js";

import type { ProviderAdapter } from "../../src/engine/provider.js";
import { awsPreflight } from "./account/preflight.js";
import { collectAws } from "./collect.js";
import { normalizeAws } from "./normalize.js";
import { guardDutyNativeFindings } from "./guardduty/native.js";
import { AWS_FLAGS, awsOptionsFromFlags } from "./flags.js";
import { awsOptionsSchema, type AwsOptions } from "./options.js";

export const awsProvider: ProviderAdapter<AwsOptions> = {
  id: "aws",
  options: awsOptionsSchema,
  flags: AWS_FLAGS,
  optionsFromFlags: awsOptionsFromFlags,
  preflight: (common, options) => awsPreflight({ ...common, ...options }),
  collect: (common, options) => collectAws({ ...common, ...options }),
  normalize: normalizeAws,
  nativeFindings: guardDutyNativeFindings,
};

export { AWS_OPERATIONS } from "./operations.js";
export { AWS_SERVICES } from "./services.js";

import type { ProviderAdapter } from "../../src/engine/provider.js";
import { collectAws } from "./collect.js";
import { normalizeAws } from "./normalize.js";
import { guardDutyNativeFindings } from "./guardduty/native.js";

export const awsProvider: ProviderAdapter = {
  id: "aws",
  collect: collectAws,
  normalize: normalizeAws,
  nativeFindings: guardDutyNativeFindings,
};

export { AWS_OPERATIONS } from "./operations.js";
export { AWS_SERVICES } from "./services.js";

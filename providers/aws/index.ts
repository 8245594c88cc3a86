import type { ProviderAdapter } from "../../src/engine/provider.js";
import { collectAws } from "./collect.js";
import { normalizeAws } from "./normalize.js";

export const awsProvider: ProviderAdapter = {
  id: "aws",
  collect: collectAws,
  normalize: normalizeAws,
};

export { AWS_OPERATIONS } from "./operations.js";

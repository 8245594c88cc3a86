import { routesFor } from "../cloudtrail.js";

export const BEDROCK_ROUTES = routesFor(
  "bedrock.amazonaws.com",
  ["PutModelInvocationLoggingConfiguration", "DeleteModelInvocationLoggingConfiguration"],
  {
    kinds: ["ai-platform"],
    // Invocation logging is a per-account, per-region setting: the region's Bedrock platform asset.
    idFrom: "the event's account and region: Bedrock's account-level settings there",
    resource: () => ({}),
  },
);

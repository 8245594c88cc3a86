// Bedrock answers GetModelInvocationLoggingConfiguration with an empty document (`{}`) where logging was never
// configured; a reply mangled on the way (an empty or bare body) reads the same. The empty answer is trusted
// only while the region's other Bedrock replies are well formed: when the endpoint is mangling replies, "never
// configured" is unknown and a coverage gap, never a pass.
import type { AwsCollectContext } from "../context.js";
import { BEDROCK_AGENT_CLIENT, BEDROCK_CLIENT } from "./names.js";

const OPERATION = "GetModelInvocationLoggingConfiguration";

/** Whether any Bedrock or Bedrock Agent reply of this account and region came back malformed. */
export function malformedRepliesIn(ctx: AwsCollectContext, region: string): boolean {
  return ctx.inventory.errors.some(
    (e) =>
      e.provider === "aws" &&
      e.account === ctx.account &&
      e.region === region &&
      (e.service === BEDROCK_CLIENT || e.service === BEDROCK_AGENT_CLIENT) &&
      e.code === "MalformedReply",
  );
}

/** The empty logging reply as an error entry of the region's platform record, so its logging is unknown. */
export function recordUntrustedEmptyReply(ctx: AwsCollectContext, region: string, platform: string): void {
  ctx.inventory.errors.push({
    provider: "aws",
    account: ctx.account,
    region,
    service: BEDROCK_CLIENT,
    operation: OPERATION,
    resource: platform,
    code: "MalformedReply",
    message: `${OPERATION} replied with an empty document while other Bedrock replies in ${region} were malformed: whether invocations are logged is unknown`,
  });
}

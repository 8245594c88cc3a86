import type { PlatformResourceCounts } from "../../src/model/assets/ai-platform.js";
import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { AUDIT_LOGGING } from "../compliance.js";
import { describeCounts } from "./resources.js";

// Decision: logging is required where the platform is in use. Regions where Bedrock shows no sign of use yield
// no ai-platform asset at all (see providers/aws/bedrock/normalize-platform.ts); one that is in use only through
// its logging configuration passes here. On-demand model calls need no resources, so a region that is used
// only that way is invisible to a configuration scan: the remediation says to deny Bedrock in unused regions.
export default defineCheck({
  id: "ai-platform.invocation-logging",
  title: "Model invocations must be logged where the AI platform is in use",
  kind: "ai-platform",
  category: "logging",
  severity: "medium",
  compliance: AUDIT_LOGGING,
  remediation: {
    text: "Turn on model invocation logging in every region where Bedrock is used, to a private, encrypted bucket or log group (the logs hold prompts and responses, so treat them as the most sensitive data the models see). In regions you do not use, deny bedrock:* with a service control policy so calls there cannot go unlogged.",
    cli: {
      aws: 'aws bedrock put-model-invocation-logging-configuration --region REGION --logging-config \'{"s3Config":{"bucketName":"LOG_BUCKET","keyPrefix":"bedrock/"},"cloudWatchConfig":{"logGroupName":"/aws/bedrock/invocations","roleArn":"ROLE_ARN"},"textDataDeliveryEnabled":true,"imageDataDeliveryEnabled":true,"embeddingDataDeliveryEnabled":true}\'',
    },
  },
  messages: {
    logging: "{{detail}}",
    notInUse: "Model invocation logging is off, but no Bedrock resources exist here",
    notLogging:
      "Model invocation logging is off in a region with {{inUse}}: model calls there leave no record of prompts and responses",
  },
  evaluate: (asset) =>
    whenKnown("model invocation logging", asset.invocationLogging, (logging) => {
      if (logging.enabled)
        return pass("logging", {
          detail: logging.detail,
          destinations: logging.destinations,
          dataTypes: logging.dataTypes,
        });
      const inUse = inUseCounts(asset.resources);
      if (inUse === "unknown")
        return cannotTell("whether the platform is in use here", unreadable(asset.resources));
      if (inUse.length === 0) return pass("notInUse", { resources: 0 });
      return fail("notLogging", { detail: logging.detail, inUse: describeCounts(asset.resources) });
    }),
});

/** Kinds with a known non-zero count; "unknown" when none is non-zero and some count could not be read. */
function inUseCounts(counts: PlatformResourceCounts): string[] | "unknown" {
  const values = Object.entries(counts);
  const used = values.filter(([, n]) => !isUnknown(n) && n > 0).map(([kind]) => kind);
  if (used.length > 0) return used;
  return values.some(([, n]) => isUnknown(n)) ? "unknown" : [];
}

function unreadable(counts: PlatformResourceCounts): string {
  return Object.values(counts)
    .flatMap((n) => (isUnknown(n) ? [n.reason] : []))
    .join("; ");
}

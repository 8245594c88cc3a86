import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { isUnknown } from "../../src/model/known.js";
import { AUDIT_LOGGING } from "../compliance.js";

// Metadata-only logging records who called which model, not what was asked or answered: an investigation of
// a prompt injection or a data leak through a model needs the text.
export default defineCheck({
  id: "ai-platform.invocation-text-logging",
  title: "Model invocation logs should include the prompt and response text",
  kind: "ai-platform",
  category: "logging",
  severity: "low",
  providers: ["aws"],
  compliance: AUDIT_LOGGING,
  remediation: {
    text: "Turn on text data delivery (textDataDeliveryEnabled) in the region's model invocation logging, to a private, encrypted destination, so prompts and responses can be reviewed after an incident.",
    cli: {
      aws: 'aws bedrock put-model-invocation-logging-configuration --region REGION --logging-config \'{"s3Config":{"bucketName":"LOG_BUCKET","keyPrefix":"bedrock/"},"textDataDeliveryEnabled":true}\'',
    },
  },
  messages: {
    textLogged: "{{detail}}",
    metadataOnly: "Invocations are logged without prompt and response text: {{detail}}",
    notLogged: "No invocation text is kept: {{detail}}",
    notInUse: "Model invocation logging is off, but no Bedrock resources exist here",
  },
  evaluate: (asset) =>
    whenKnown("model invocation logging", asset.invocationLogging, (logging) => {
      if (!logging.enabled) {
        // Logging off matters where the platform is used; a region whose listings failed may hold nothing.
        const inUse = asset.inUse ?? true;
        if (isUnknown(inUse)) return cannotTell("whether the platform is in use here", inUse);
        if (!inUse) return pass("notInUse", {});
        return fail("notLogged", { detail: logging.detail });
      }
      return logging.dataTypes.includes("text")
        ? pass("textLogged", { detail: logging.detail, dataTypes: logging.dataTypes })
        : fail("metadataOnly", { detail: logging.detail, dataTypes: logging.dataTypes });
    }),
});

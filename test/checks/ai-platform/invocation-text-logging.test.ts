import check from "../../../checks/ai-platform/invocation-text-logging.js";
import { unknown } from "../../../src/model/known.js";
import { platformAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const logging = (dataTypes: string[], enabled = true) => ({
  enabled,
  destinations: enabled ? ["arn:aws:s3:::logs"] : [],
  dataTypes,
  detail: enabled ? "invocations are logged to S3 s3://logs/" : "model invocation logging is not configured",
});

checkTable(check, {
  valid: [
    { name: "text payloads delivered", asset: platformAsset(), messageId: "textLogged" },
    {
      name: "logging off where nothing is in use",
      asset: platformAsset({ invocationLogging: logging([], false), inUse: false }),
      messageId: "notInUse",
    },
  ],
  invalid: [
    {
      name: "metadata only",
      asset: platformAsset({ invocationLogging: logging([]) }),
      messageId: "metadataOnly",
      severity: "low",
    },
    {
      name: "images but not text",
      asset: platformAsset({ invocationLogging: logging(["image"]) }),
      messageId: "metadataOnly",
      data: { dataTypes: ["image"] },
    },
    {
      name: "logging off",
      asset: platformAsset({ invocationLogging: logging([], false) }),
      messageId: "notLogged",
    },
  ],
  unknown: [
    {
      name: "logging configuration unreadable",
      asset: platformAsset({
        invocationLogging: unknown("GetModelInvocationLoggingConfiguration failed: AccessDeniedException"),
      }),
      messageId: "cannotTell",
    },
    {
      name: "logging off, whether the region is in use unread",
      asset: platformAsset({
        invocationLogging: logging([], false),
        inUse: unknown("ListKnowledgeBases failed: AccessDeniedException"),
      }),
      messageId: "cannotTell",
      data: { reason: "ListKnowledgeBases failed: AccessDeniedException" },
    },
  ],
});

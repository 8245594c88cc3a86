import check from "../../../checks/graph/invocation-logs-public.js";
import { unknown } from "../../../src/model/known.js";
import { RELATION } from "../../../src/model/relations.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";
import { platformAsset } from "../../support/bedrock-assets.js";
import { checkTable } from "../../support/check-table.js";

const BUCKET = "arn:aws:s3:::invocation-logs";
const LOG_GROUP = "arn:aws:logs:us-east-1:111122223333:log-group:/aws/bedrock/model-invocations";
const platform = platformAsset({
  relations: [
    { type: RELATION.logsTo, target: BUCKET, detail: "S3 s3://invocation-logs/" },
    { type: RELATION.logsTo, target: LOG_GROUP, detail: "CloudWatch Logs" },
  ],
});
const bucket = (publicRead: ReturnType<typeof storageAsset>["publicRead"]) =>
  storageAsset({ id: BUCKET, name: "invocation-logs", publicRead });

checkTable(check, {
  valid: [
    {
      name: "log bucket private",
      messageId: "chainNotPublic",
      asset: platform,
      neighbours: [bucket({ public: false, reasons: [] })],
    },
    {
      name: "logs only to a CloudWatch log group",
      messageId: "noBucket",
      asset: platformAsset({ relations: [{ type: RELATION.logsTo, target: LOG_GROUP }] }),
    },
    {
      name: "invocation logging off",
      messageId: "notLogging",
      asset: platformAsset({
        invocationLogging: { enabled: false, destinations: [], dataTypes: [], detail: "not configured" },
      }),
    },
  ],
  invalid: [
    {
      name: "prompts and responses in a publicly readable bucket",
      asset: platform,
      neighbours: [bucket({ public: true, reasons: ["ACL grants READ to AllUsers"] })],
      messageId: "chainPublic",
      data: {
        chain: [
          { kind: "ai-platform", name: "bedrock/us-east-1" },
          { kind: "storage", name: "invocation-logs" },
        ],
      },
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "log bucket publicRead unreadable",
      asset: platform,
      neighbours: [bucket(UNREADABLE)],
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "ai-platform", name: "bedrock/us-east-1" },
          { kind: "storage", name: "invocation-logs" },
        ],
      },
    },
    {
      name: "log bucket not in the inventory",
      asset: platform,
      messageId: "chainUnknown",
      data: {
        chain: [
          { kind: "ai-platform", name: "bedrock/us-east-1" },
          { kind: "outside-scan", name: "invocation-logs" },
        ],
      },
    },
    {
      name: "logging configuration unreadable",
      asset: platformAsset({
        invocationLogging: unknown("GetModelInvocationLoggingConfiguration failed: AccessDeniedException"),
      }),
      messageId: "cannotTell",
      data: {
        reason: "GetModelInvocationLoggingConfiguration failed: AccessDeniedException",
      },
    },
    {
      name: "logging known on, its destinations unread",
      asset: platformAsset({
        unreadRelations: {
          [RELATION.logsTo]: "GetModelInvocationLoggingConfiguration failed: MalformedReply",
        },
      }),
      messageId: "cannotTell",
      data: { reason: "GetModelInvocationLoggingConfiguration failed: MalformedReply" },
    },
  ],
});

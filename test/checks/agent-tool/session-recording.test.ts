import check from "../../../checks/agent-tool/session-recording.js";
import { AGENTCORE_TYPES } from "../../../providers/aws/bedrock-agentcore/names.js";
import { unknown } from "../../../src/model/known.js";
import { browserAsset, codeInterpreterAsset, fromAgentCore } from "../../support/agentcore-assets.js";
import { checkTable } from "../../support/check-table.js";

const browser = (recording: unknown) =>
  fromAgentCore(AGENTCORE_TYPES.browser, {
    GetBrowser: { networkConfiguration: { networkMode: "VPC" }, ...(recording ? { recording } : {}) },
  });

checkTable(check, {
  valid: [
    { name: "recording to S3", asset: browserAsset(), messageId: "recorded" },
    {
      name: "raw: recording enabled with an S3 location",
      asset: browser({ enabled: true, s3Location: { bucket: "rec", prefix: "b/" } }),
      messageId: "recorded",
      data: { destination: "s3://rec/b/" },
    },
    { name: "a code interpreter", asset: codeInterpreterAsset(), messageId: "notABrowser" },
  ],
  invalid: [
    {
      name: "raw: no recording configuration",
      asset: browser(undefined),
      messageId: "notRecorded",
      severity: "medium",
    },
    { name: "raw: enabled but no S3 location", asset: browser({ enabled: true }), messageId: "notRecorded" },
  ],
  unknown: [
    {
      name: "GetBrowser denied",
      asset: browserAsset({ recording: unknown("GetBrowser failed: AccessDeniedException") }),
      messageId: "cannotTell",
    },
  ],
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUDIT_LOGGING } from "../compliance.js";

export default defineCheck({
  id: "agent-tool.session-recording",
  title: "Agent browsers should record their sessions",
  kind: "agent-tool",
  category: "logging",
  severity: "medium",
  providers: ["aws"],
  compliance: AUDIT_LOGGING,
  remediation: {
    text: "Recreate the custom browser with session recording to an S3 location, so every page an agent visited and every action it took can be replayed in an investigation.",
    cli: {
      aws: "aws bedrock-agentcore-control create-browser --name NAME --execution-role-arn ROLE_ARN --network-configuration networkMode=VPC --recording 'enabled=true,s3Location={bucket=BUCKET,prefix=recordings/}'",
    },
  },
  messages: {
    notABrowser: "Code interpreters have no session recording",
    recorded: "{{detail}}",
    notRecorded: "Browser sessions are not recorded: {{detail}}",
  },
  evaluate: (asset) => {
    if (asset.tool !== "browser" || asset.recording === undefined) return pass("notABrowser");
    return whenKnown("whether the browser records sessions", asset.recording, (recording) =>
      recording.enabled ? pass("recorded", { ...recording }) : fail("notRecorded", { ...recording }),
    );
  },
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { OPERATIONAL_LOGGING } from "../compliance.js";

export default defineCheck({
  id: "search.error-logging",
  title: "Search clusters should publish error logs",
  kind: "search",
  category: "logging",
  severity: "low",
  providers: ["aws"],
  compliance: OPERATIONAL_LOGGING,
  remediation: {
    text: "Publish ES_APPLICATION_LOGS (engine errors and warnings) to CloudWatch Logs to see failed authentication, mapping and cluster problems.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --log-publishing-options 'ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=LOG_GROUP_ARN,Enabled=true}'",
    },
  },
  evaluate: (asset) =>
    whenKnown("error logging", asset.logging, (logging) =>
      logging.error.enabled
        ? pass(
            `Error logs are published${logging.error.destination ? ` to ${logging.error.destination}` : ""}`,
            {
              ...logging.error,
            },
          )
        : fail("No error logs (ES_APPLICATION_LOGS) are published", { ...logging.error }),
    ),
});

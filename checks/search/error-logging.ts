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
  messages: {
    published: "Error logs are published",
    publishedTo: "Error logs are published to {{destination}}",
    notPublished: "No error logs (ES_APPLICATION_LOGS) are published",
  },
  evaluate: (asset) =>
    whenKnown("error logging", asset.logging, (logging) =>
      logging.error.enabled
        ? pass(logging.error.destination ? "publishedTo" : "published", { ...logging.error })
        : fail("notPublished", { ...logging.error }),
    ),
});

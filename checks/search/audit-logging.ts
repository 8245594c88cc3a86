import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUDIT_LOGGING } from "../compliance.js";

export default defineCheck({
  id: "search.audit-logging",
  title: "Search clusters must publish audit logs",
  kind: "search",
  category: "logging",
  severity: "medium",
  compliance: AUDIT_LOGGING,
  remediation: {
    text: "Publish AUDIT_LOGS to CloudWatch Logs (needs fine-grained access control and a log group resource policy for es.amazonaws.com), so who searched or changed which index can be answered after an incident.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --log-publishing-options 'AUDIT_LOGS={CloudWatchLogsLogGroupArn=LOG_GROUP_ARN,Enabled=true}'",
      azure:
        'az monitor diagnostic-settings create --name search-ops --resource SERVICE_ID --workspace WORKSPACE_ID --logs \'[{"category":"OperationLogs","enabled":true}]\'',
    },
  },
  messages: {
    published: "Audit logs are published",
    publishedTo: "Audit logs are published to {{destination}}",
    notPublished: "No audit logs: access to the indices leaves no record",
  },
  evaluate: (asset) =>
    whenKnown("audit logging", asset.logging, (logging) =>
      logging.audit.enabled
        ? pass(logging.audit.destination ? "publishedTo" : "published", { ...logging.audit })
        : fail("notPublished", { ...logging.audit }),
    ),
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUDIT_LOGGING } from "../compliance.js";

export default defineCheck({
  id: "storage.access-logging",
  title: "Storage access must be logged",
  kind: "storage",
  category: "logging",
  severity: "medium",
  compliance: AUDIT_LOGGING,
  remediation: {
    text: "Turn on server access logging (or CloudTrail data events) to a separate, locked-down bucket; on Azure, send blob diagnostic logs to a Log Analytics workspace.",
    cli: {
      aws: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'',
      azure:
        'az monitor diagnostic-settings create --resource STORAGE_ID/blobServices/default --name blob-logs --workspace WORKSPACE_ID --logs \'[{"category":"StorageRead","enabled":true},{"category":"StorageWrite","enabled":true}]\'',
    },
  },
  messages: {
    logged: "Access is logged to {{target}}",
    notLogged: "Access is not logged: reads of this data would leave no trace",
  },
  evaluate: (asset) =>
    whenKnown("access logging", asset.accessLogging, (logging) =>
      logging.enabled
        ? pass("logged", { ...logging, target: logging.target ?? "a log destination" })
        : fail("notLogged", { ...logging }),
    ),
});

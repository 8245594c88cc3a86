import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { RECOVERY } from "../compliance.js";

export default defineCheck({
  id: "storage.versioning",
  title: "Storage should keep previous versions of objects",
  kind: "storage",
  category: "resilience",
  severity: "low",
  compliance: RECOVERY,
  remediation: {
    text: "Enable versioning (or blob versioning / soft delete) so overwritten or deleted training data and model artifacts can be recovered and tampering is visible.",
    cli: {
      aws: "aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled",
      azure:
        "az storage account blob-service-properties update --account-name ACCOUNT --resource-group GROUP --enable-versioning true",
    },
  },
  messages: {
    versioned: "{{detail}}",
    notVersioned: "Objects are not versioned ({{detail}})",
  },
  evaluate: (asset) =>
    whenKnown("versioning", asset.versioning, (versioning) =>
      versioning.enabled
        ? pass("versioned", { detail: versioning.detail })
        : fail("notVersioned", { detail: versioning.detail }),
    ),
});

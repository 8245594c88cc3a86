import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { RECOVERY } from "../compliance.js";

export default defineCheck({
  id: "storage.soft-delete",
  title: "Storage should keep deleted objects recoverable for a while (soft delete)",
  kind: "storage",
  category: "resilience",
  severity: "low",
  providers: ["azure"],
  compliance: RECOVERY,
  remediation: {
    text: "Turn on blob soft delete (7 days or more) so training data and model artifacts deleted by mistake or by an attacker can be restored.",
    cli: {
      azure:
        "az storage account blob-service-properties update --account-name ACCOUNT --resource-group GROUP --enable-delete-retention true --delete-retention-days 14",
    },
  },
  messages: {
    softDelete: "{{detail}}",
    noSoftDelete: "Deleted blobs are gone at once: {{detail}}",
  },
  evaluate: (asset) => {
    if (asset.softDelete === undefined)
      return cannotTell("soft delete", "the provider did not report it for this storage");
    return whenKnown("soft delete", asset.softDelete, (setting) =>
      setting.enabled ? pass("softDelete", { ...setting }) : fail("noSoftDelete", { ...setting }),
    );
  },
});

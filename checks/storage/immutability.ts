import { cannotTell, defineCheck, fail, pass } from "../../src/model/check.js";
import { isSensitiveClassification } from "../../src/model/classification.js";
import { isUnknown } from "../../src/model/known.js";
import { RECOVERY } from "../compliance.js";

export default defineCheck({
  id: "storage.immutability",
  title: "Storage holding classified training data should be write-once (immutable)",
  kind: "storage",
  category: "resilience",
  severity: "low",
  providers: ["azure"],
  compliance: RECOVERY,
  remediation: {
    text: "Enable version-level immutability on the account (or a time-based retention policy on each container) so classified training data cannot be altered or deleted, by mistake or by an attacker poisoning the corpus, for the retention period.",
    cli: {
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --enable-alw true --immutability-period 30 --immutability-state Unlocked",
    },
  },
  messages: {
    notClassified: "Not tagged as holding classified data",
    mutable: "Holds {{classification}} data and is not write-once: {{detail}}",
    immutable: "{{detail}}",
  },
  evaluate: (asset) => {
    if (!isSensitiveClassification(asset.dataClassification)) return pass("notClassified", {});
    const value = asset.immutability;
    if (value === undefined) return cannotTell("immutability", "not reported for this storage");
    if (isUnknown(value)) return cannotTell("immutability", value);
    const data = { ...value, classification: asset.dataClassification ?? "" };
    return value.protected ? pass("immutable", data) : fail("mutable", data);
  },
});

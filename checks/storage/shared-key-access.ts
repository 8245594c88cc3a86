import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";

export default defineCheck({
  id: "storage.shared-key-access",
  title: "Storage should accept Entra ID only, not account keys",
  kind: "storage",
  category: "identity",
  severity: "medium",
  providers: ["azure"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Disallow Shared Key authorization so every request is made by an Entra ID identity (auditable, revocable, subject to Conditional Access); an account key, or a SAS signed with one, is a bearer secret with full access that leaks with connection strings.",
    cli: {
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --allow-shared-key-access false",
    },
  },
  messages: {
    keysAccepted: "Account keys are accepted: {{detail}}",
    keysRefused: "{{detail}}",
  },
  evaluate: (asset) => {
    if (asset.sharedKeyAccess === undefined)
      return cannotTell(
        "whether account keys are accepted",
        "the provider did not report it for this storage",
      );
    return whenKnown("whether account keys are accepted", asset.sharedKeyAccess, (access) =>
      access.allowed ? fail("keysAccepted", { ...access }) : pass("keysRefused", { ...access }),
    );
  },
});

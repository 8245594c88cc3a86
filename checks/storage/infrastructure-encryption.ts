import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_AT_REST } from "../compliance.js";

export default defineCheck({
  id: "storage.infrastructure-encryption",
  title: "Storage holding sensitive AI data should be encrypted twice at rest (infrastructure encryption)",
  kind: "storage",
  category: "encryption",
  severity: "low",
  providers: ["azure"],
  compliance: ENCRYPTION_AT_REST,
  remediation: {
    text: "Require infrastructure encryption, a second AES-256 layer with a different key and algorithm implementation, for data whose rules ask for double encryption. It can only be set when the account is created: create a new account with it and copy the data (azcopy).",
    cli: {
      azure:
        "az storage account create --name NEW_ACCOUNT --resource-group GROUP --location LOCATION --sku Standard_ZRS --kind StorageV2 --require-infrastructure-encryption true",
    },
  },
  messages: {
    doubleEncrypted: "Infrastructure encryption is on: data is encrypted twice at rest",
    singleLayer: "Only one layer of encryption at rest (requireInfrastructureEncryption is off)",
  },
  evaluate: (asset) => {
    if (asset.infrastructureEncryption === undefined)
      return cannotTell("infrastructure encryption", "the provider did not report it for this storage");
    return whenKnown("infrastructure encryption", asset.infrastructureEncryption, (setting) =>
      setting.enabled ? pass("doubleEncrypted", { ...setting }) : fail("singleLayer", { ...setting }),
    );
  },
});

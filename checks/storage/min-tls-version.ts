import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_IN_TRANSIT } from "../compliance.js";

// Its own check, not part of storage.tls-only: HTTPS-only (the meaning shared with S3's aws:SecureTransport)
// can hold while TLS 1.0/1.1 are still accepted, and the fixes differ.
export default defineCheck({
  id: "storage.min-tls-version",
  title: "Storage must refuse TLS versions older than 1.2",
  kind: "storage",
  category: "encryption",
  severity: "medium",
  providers: ["azure"],
  compliance: ENCRYPTION_IN_TRANSIT,
  remediation: {
    text: "Set the storage account's minimum TLS version to TLS 1.2 (TLS 1.0 and 1.1 are deprecated and, when unset, ARM's default is TLS 1.0); check first that old clients negotiate TLS 1.2.",
    cli: {
      azure: "az storage account update --name ACCOUNT --resource-group GROUP --min-tls-version TLS1_2",
    },
  },
  messages: {
    modernTls: "TLS {{minimumTlsVersion}} or later is required",
    oldTls: "TLS {{minimumTlsVersion}} is still accepted (minimumTlsVersion {{setting}})",
  },
  evaluate: (asset) => {
    if (asset.minimumTlsVersion === undefined)
      return cannotTell("the minimum TLS version", "the provider did not report one for this storage");
    return whenKnown("the minimum TLS version", asset.minimumTlsVersion, (version) =>
      Number(version) >= 1.2
        ? pass("modernTls", { minimumTlsVersion: version })
        : fail("oldTls", { minimumTlsVersion: version, setting: `TLS${version.replace(".", "_")}` }),
    );
  },
});

import tls from "../../../checks/storage/tls-only.js";
import logging from "../../../checks/storage/access-logging.js";
import versioning from "../../../checks/storage/versioning.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

checkTable(tls, {
  valid: [{ name: "deny on SecureTransport=false", messageId: "tlsOnly", asset: storageAsset() }],
  invalid: [
    {
      name: "no deny statement",
      asset: storageAsset({ tlsOnly: { enforced: false, detail: "no bucket policy" } }),
      messageId: "plainHttp",
      data: { detail: "no bucket policy" },
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "policy unreadable",
      messageId: "cannotTell",
      asset: storageAsset({ tlsOnly: unknown("GetBucketPolicy failed: AccessDenied") }),
    },
  ],
});

checkTable(logging, {
  valid: [{ name: "server access logging on", messageId: "logged", asset: storageAsset() }],
  invalid: [
    {
      name: "logging off",
      asset: storageAsset({ accessLogging: { enabled: false } }),
      messageId: "notLogged",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      messageId: "cannotTell",
      asset: storageAsset({ accessLogging: unknown("GetBucketLogging failed: AccessDenied") }),
    },
  ],
});

checkTable(versioning, {
  valid: [{ name: "enabled", messageId: "versioned", asset: storageAsset() }],
  invalid: [
    {
      name: "suspended",
      asset: storageAsset({ versioning: { enabled: false, detail: "versioning Suspended" } }),
      messageId: "notVersioned",
      data: { detail: "versioning Suspended" },
    },
    {
      name: "never enabled",
      asset: storageAsset({ versioning: { enabled: false, detail: "versioning never enabled" } }),
      messageId: "notVersioned",
      data: { detail: "versioning never enabled" },
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      messageId: "cannotTell",
      asset: storageAsset({ versioning: unknown("GetBucketVersioning failed: AccessDenied") }),
    },
  ],
});

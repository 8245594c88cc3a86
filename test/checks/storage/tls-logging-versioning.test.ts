import tls from "../../../checks/storage/tls-only.js";
import logging from "../../../checks/storage/access-logging.js";
import versioning from "../../../checks/storage/versioning.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

checkTable(tls, {
  valid: [{ name: "deny on SecureTransport=false", asset: storageAsset() }],
  invalid: [
    {
      name: "no deny statement",
      asset: storageAsset({ tlsOnly: { enforced: false, detail: "no bucket policy" } }),
      message: /not refused: no bucket policy/,
      severity: "medium",
    },
  ],
  unknown: [
    {
      name: "policy unreadable",
      asset: storageAsset({ tlsOnly: unknown("GetBucketPolicy failed: AccessDenied") }),
    },
  ],
});

checkTable(logging, {
  valid: [{ name: "server access logging on", asset: storageAsset() }],
  invalid: [
    {
      name: "logging off",
      asset: storageAsset({ accessLogging: { enabled: false } }),
      message: /not logged/,
    },
  ],
  unknown: [
    {
      name: "unreadable",
      asset: storageAsset({ accessLogging: unknown("GetBucketLogging failed: AccessDenied") }),
    },
  ],
});

checkTable(versioning, {
  valid: [{ name: "enabled", asset: storageAsset() }],
  invalid: [
    {
      name: "suspended",
      asset: storageAsset({ versioning: { enabled: false, detail: "versioning Suspended" } }),
      message: /Suspended/,
    },
    {
      name: "never enabled",
      asset: storageAsset({ versioning: { enabled: false, detail: "versioning never enabled" } }),
      message: /never enabled/,
      severity: "low",
    },
  ],
  unknown: [
    {
      name: "unreadable",
      asset: storageAsset({ versioning: unknown("GetBucketVersioning failed: AccessDenied") }),
    },
  ],
});

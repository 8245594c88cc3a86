import logging from "../../../checks/storage/access-logging.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

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

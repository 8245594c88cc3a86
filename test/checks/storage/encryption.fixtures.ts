// Assets shared by the tables in this folder.
import { storageAsset } from "../../support/assets.js";
import { unknown } from "../../../src/model/known.js";

export const sseS3 = storageAsset({
  encryptionAtRest: { enabled: true, keyManager: "provider", algorithm: "AES256" },
});

export const none = storageAsset({ encryptionAtRest: { enabled: false, keyManager: "none" } });

export const unreadable = storageAsset({
  encryptionAtRest: unknown("GetBucketEncryption failed: AccessDenied"),
});

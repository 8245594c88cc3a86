import check from "../../../checks/storage/public-acl.js";
import { checkTable } from "../../support/check-table.js";
import { storageAsset, UNREADABLE } from "../../support/assets.js";

checkTable(check, {
  valid: [
    { name: "owner-only ACL", messageId: "noPublicAcl", asset: storageAsset() },
    {
      name: "public grant masked by IgnorePublicAcls",
      messageId: "noPublicAcl",
      asset: storageAsset({
        publicAcl: { public: false, reasons: ["ACL grants READ to AllUsers, but ACLs are ignored"] },
      }),
    },
  ],
  invalid: [
    {
      name: "READ to AllUsers",
      asset: storageAsset({ publicAcl: { public: true, reasons: ["ACL grants READ to AllUsers"] } }),
      messageId: "publicAcl",
      data: { grants: ["ACL grants READ to AllUsers"] },
      severity: "medium",
    },
    {
      name: "AuthenticatedUsers on pii data",
      asset: storageAsset({
        dataClassification: "pii",
        publicAcl: { public: true, reasons: ["ACL grants READ to AuthenticatedUsers"] },
      }),
      messageId: "publicAcl",
      data: { grants: ["ACL grants READ to AuthenticatedUsers"] },
      severity: "high",
    },
  ],
  unknown: [
    { name: "ACL unreadable", messageId: "cannotTell", asset: storageAsset({ publicAcl: UNREADABLE }) },
  ],
});

import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "storage.public-acl",
  title: "Storage access lists must not grant access to everyone",
  kind: "storage",
  category: "exposure",
  severity: "medium",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Remove ACL grants to AllUsers / AuthenticatedUsers (or set container access to private), and disable ACLs with Object Ownership = BucketOwnerEnforced.",
    cli: {
      aws: "aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]",
      azure:
        "az storage container set-permission --account-name ACCOUNT --name CONTAINER --public-access off",
    },
  },
  messages: {
    publicAcl: "Public ACL in effect: {{grants}}",
    noPublicAcl: "No public ACL grant in effect",
  },
  evaluate: (asset) =>
    whenKnown("public ACL grants", asset.publicAcl, (verdict) =>
      verdict.public
        ? fail("publicAcl", { grants: verdict.reasons })
        : pass("noPublicAcl", { grants: verdict.reasons }),
    ),
});

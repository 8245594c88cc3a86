import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_WRITE } from "../compliance.js";

export default defineCheck({
  id: "storage.public-write",
  title: "Storage must not be writable by anyone on the internet",
  kind: "storage",
  category: "exposure",
  severity: "critical",
  compliance: PUBLIC_WRITE,
  remediation: {
    text: "Remove policy statements and ACL grants that let everyone write, delete or change permissions; public write on model artifacts or training data allows poisoning.",
    cli: {
      aws: "aws s3api delete-bucket-policy --bucket BUCKET  # then re-apply a policy without public write; and put-public-access-block",
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --allow-blob-public-access false",
    },
  },
  messages: {
    publicWrite: "Anyone can write: {{routes}}",
    notPublic: "Not publicly writable",
  },
  evaluate: (asset) =>
    whenKnown("public write access", asset.publicWrite, (verdict) =>
      verdict.public
        ? fail("publicWrite", { routes: verdict.reasons })
        : pass("notPublic", { routes: verdict.reasons }),
    ),
});

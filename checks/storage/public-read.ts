import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "storage.public-read",
  title: "Storage must not be readable by anyone on the internet",
  kind: "storage",
  category: "exposure",
  severity: "high",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Remove policy statements and ACL grants that open the data to everyone, and turn on Block Public Access / disallow public blob access.",
    cli: {
      aws: "aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --allow-blob-public-access false",
    },
  },
  messages: {
    publicRead: "Anyone can read: {{routes}}",
    notPublic: "Not publicly readable",
  },
  evaluate: (asset) =>
    whenKnown("public read access", asset.publicRead, (verdict) =>
      verdict.public
        ? fail("publicRead", { routes: verdict.reasons })
        : pass("notPublic", { routes: verdict.reasons }),
    ),
});

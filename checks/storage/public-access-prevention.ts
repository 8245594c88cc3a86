import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "storage.public-access-prevention",
  title: "Storage must block public access at the resource level",
  kind: "storage",
  category: "exposure",
  severity: "medium",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Turn on all four S3 Block Public Access settings for the bucket (or the account), or disallow public blob access on the storage account, so a future policy or ACL mistake cannot expose data.",
    cli: {
      aws: "aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --allow-blob-public-access false",
    },
  },
  messages: {
    enforced: "{{detail}}",
    notEnforced: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("public access prevention", asset.publicAccessPrevention, (prevention) => {
      const data = { detail: prevention.detail, settings: prevention.settings };
      return prevention.enforced ? pass("enforced", data) : fail("notEnforced", data);
    }),
});

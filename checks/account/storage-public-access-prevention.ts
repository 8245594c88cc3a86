import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "account.s3-block-public-access",
  title: "The account must block public S3 access for every bucket",
  kind: "account",
  category: "exposure",
  severity: "high",
  providers: ["aws"],
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Turn on all four account-level S3 Block Public Access settings; grant exceptions with access points or CloudFront rather than public buckets.",
    cli: {
      aws: "aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    },
  },
  messages: {
    enforced: "{{detail}}",
    notEnforced: "{{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("account-level Block Public Access", asset.storagePublicAccessPrevention, (prevention) => {
      const data = { detail: prevention.detail, settings: prevention.settings };
      return prevention.enforced ? pass("enforced", data) : fail("notEnforced", data);
    }),
});

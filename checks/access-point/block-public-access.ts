import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "access-point.block-public-access",
  title: "S3 access points must have all four Block Public Access settings on",
  kind: "access-point",
  category: "exposure",
  severity: "medium",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "An access point's Block Public Access is fixed at creation: create a replacement access point with all four settings on, move clients to it and delete the old one.",
    cli: {
      aws: "aws s3control create-access-point --account-id ACCOUNT --name NEW_NAME --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true",
    },
  },
  messages: {
    notEnforced: "Access point Block Public Access is not fully on: {{detail}}",
    enforced: "Access point Block Public Access is on: {{detail}}",
  },
  evaluate: (point) =>
    whenKnown("access point Block Public Access", point.publicAccessPrevention, (prevention) =>
      prevention.enforced
        ? pass("enforced", { detail: prevention.detail })
        : fail("notEnforced", { detail: prevention.detail }),
    ),
});

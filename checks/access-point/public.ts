import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

// Critical: an access point that grants the public exposes its bucket's data however private the bucket looks.
export default defineCheck({
  id: "access-point.public",
  title: "An S3 access point must not let anyone on the internet read or write its bucket",
  kind: "access-point",
  category: "exposure",
  severity: "critical",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Remove the access point policy statements that allow the public, and turn on the access point's Block Public Access (it can only be set when the access point is created: create a replacement with it on).",
    cli: {
      aws: "aws s3control delete-access-point-policy --account-id ACCOUNT --name ACCESS_POINT",
    },
  },
  messages: {
    publicAccess: "Anyone can {{access}} bucket {{bucket}} through this access point: {{routes}}",
    notPublic: "The access point grants no public access: {{routes}}",
  },
  evaluate: (point) =>
    whenKnown("public read through the access point", point.publicRead, (read) =>
      whenKnown("public write through the access point", point.publicWrite, (write) => {
        if (write.public)
          return fail("publicAccess", { access: "write", bucket: point.bucket, routes: write.reasons });
        if (read.public)
          return fail("publicAccess", { access: "read", bucket: point.bucket, routes: read.reasons });
        return pass("notPublic", { routes: [...read.reasons, ...write.reasons] });
      }),
    ),
});

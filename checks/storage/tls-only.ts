import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_IN_TRANSIT } from "../compliance.js";

export default defineCheck({
  id: "storage.tls-only",
  title: "Storage must refuse requests that do not use TLS",
  kind: "storage",
  category: "encryption",
  severity: "medium",
  compliance: ENCRYPTION_IN_TRANSIT,
  remediation: {
    text: "Add a bucket policy statement that denies every principal all S3 actions when aws:SecureTransport is false (or require HTTPS-only traffic on the storage account).",
    cli: {
      aws: 'aws s3api put-bucket-policy --bucket BUCKET --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'  # merge with the existing policy',
      azure:
        "az storage account update --name ACCOUNT --resource-group GROUP --https-only true --min-tls-version TLS1_2",
    },
  },
  messages: {
    tlsOnly: "{{detail}}",
    plainHttp: "Plain-HTTP requests are not refused: {{detail}}",
  },
  evaluate: (asset) =>
    whenKnown("whether TLS is required", asset.tlsOnly, (tls) =>
      tls.enforced ? pass("tlsOnly", { detail: tls.detail }) : fail("plainHttp", { detail: tls.detail }),
    ),
});

import { defineFramework } from "../framework.js";

const SRC = "CIS Amazon Web Services Foundations Benchmark v3.0.0, section 2.1 (Simple Storage Service)";

// Only the sections our checks evidence. The benchmark text is licensed by CIS; the recommendation numbers
// and titles below are from v3.0.0 and must be re-checked when the benchmark is revised.
export default defineFramework({
  id: "cis-aws",
  name: "CIS Amazon Web Services Foundations Benchmark (storage sections)",
  version: "3.0.0",
  url: "https://www.cisecurity.org/benchmark/amazon_web_services",
  controls: [
    {
      id: "2.1.1",
      title: "Ensure S3 Bucket Policy is set to deny HTTP requests",
      mappings: [{ checks: ["storage.tls-only"], source: `${SRC}: 2.1.1` }],
    },
    { id: "2.1.2", title: "Ensure MFA Delete is enabled on S3 buckets" },
    {
      id: "2.1.3",
      title: "Ensure all data in Amazon S3 has been discovered, classified and secured when required",
    },
    {
      id: "2.1.4",
      title: "Ensure that S3 Buckets are configured with 'Block public access (bucket settings)'",
      mappings: [
        {
          checks: ["storage.public-access-prevention", "account.s3-block-public-access"],
          source: `${SRC}: 2.1.4`,
        },
      ],
    },
  ],
});

import check from "../../../checks/search/vpc-placement.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

checkTable(check, {
  valid: [{ name: "in a VPC", messageId: "inVpc", asset: domainAsset() }],
  invalid: [
    {
      name: "public endpoint, even with a restrictive policy",
      asset: domainAsset({
        exposure: { public: false, reasons: ["policy limits aws:SourceIp to 10.0.0.0/8"] },
        network: { placement: "public", detail: "public endpoint (no VPCOptions)" },
      }),
      messageId: "publicEndpoint",
      data: { detail: "public endpoint (no VPCOptions)" },
      severity: "medium",
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", messageId: "cannotTell", asset: domainAsset({ network: DENIED }) },
  ],
});

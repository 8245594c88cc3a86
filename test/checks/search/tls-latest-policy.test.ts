import check from "../../../checks/search/tls-latest-policy.js";
import { awsProvider } from "../../../providers/aws/index.js";
import { checkTable } from "../../support/check-table.js";
import { fromRecord } from "../../support/from-record.js";
import { openSearchDomainRecord, withoutReply } from "../../support/raw-records.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

const https = (TLSSecurityPolicy?: string) =>
  openSearchDomainRecord({
    DomainEndpointOptions: { EnforceHTTPS: true, ...(TLSSecurityPolicy ? { TLSSecurityPolicy } : {}) },
  });

checkTable(check, {
  valid: [
    {
      name: "HTTPS with Policy-Min-TLS-1-2-PFS-2023-10",
      messageId: "latestPolicy",
      asset: domainAsset(),
      data: { policy: "Policy-Min-TLS-1-2-PFS-2023-10" },
    },
    {
      name: "raw DescribeDomains: the FIPS policy of 2024-08 is stricter still",
      messageId: "latestPolicy",
      asset: fromRecord(awsProvider, https("Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08")),
      data: { policy: "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08" },
    },
  ],
  invalid: [
    {
      name: "TLS 1.2 minimum without forward secrecy (what search.tls-enforced accepts)",
      asset: domainAsset({
        transport: { httpsEnforced: true, minimumTlsVersion: "1.2", tlsPolicy: "Policy-Min-TLS-1-2-2019-07" },
      }),
      messageId: "olderPolicy",
      data: { policy: "Policy-Min-TLS-1-2-2019-07", latest: "Policy-Min-TLS-1-2-PFS-2023-10" },
      severity: "medium",
    },
    {
      name: "raw DescribeDomains: TLS 1.0 policy",
      asset: fromRecord(awsProvider, https("Policy-Min-TLS-1-0-2019-07")),
      messageId: "olderPolicy",
      data: { policy: "Policy-Min-TLS-1-0-2019-07" },
    },
    {
      name: "latest policy but plain HTTP accepted",
      asset: domainAsset({
        transport: {
          httpsEnforced: false,
          minimumTlsVersion: "1.2",
          tlsPolicy: "Policy-Min-TLS-1-2-PFS-2023-10",
        },
      }),
      messageId: "plainHttp",
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", messageId: "cannotTell", asset: domainAsset({ transport: DENIED }) },
    {
      name: "raw record without its DescribeDomains reply",
      messageId: "cannotTell",
      asset: fromRecord(
        awsProvider,
        withoutReply(https("Policy-Min-TLS-1-2-PFS-2023-10"), "DescribeDomains"),
      ),
    },
    {
      name: "HTTPS required but no TLS policy reported",
      asset: fromRecord(awsProvider, https()),
      messageId: "cannotTell",
      data: { reason: "HTTPS is required, but DescribeDomains reported no TLS security policy" },
    },
  ],
});

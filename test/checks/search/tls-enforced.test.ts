import check from "../../../checks/search/tls-enforced.js";
import { checkTable } from "../../support/check-table.js";
import { DENIED, domainAsset } from "./opensearch-assets.js";

checkTable(check, {
  valid: [
    { name: "HTTPS with TLS 1.2 and forward secrecy", messageId: "modernTls", asset: domainAsset() },
    {
      name: "HTTPS with TLS 1.2",
      messageId: "modernTls",
      asset: domainAsset({
        transport: { httpsEnforced: true, minimumTlsVersion: "1.2", tlsPolicy: "Policy-Min-TLS-1-2-2019-07" },
      }),
    },
  ],
  invalid: [
    {
      name: "plain HTTP accepted",
      asset: domainAsset({
        transport: {
          httpsEnforced: false,
          minimumTlsVersion: "1.2",
          tlsPolicy: "Policy-Min-TLS-1-2-2019-07",
        },
      }),
      messageId: "plainHttp",
      severity: "medium",
    },
    {
      name: "HTTPS but TLS 1.0 accepted",
      asset: domainAsset({
        transport: { httpsEnforced: true, minimumTlsVersion: "1.0", tlsPolicy: "Policy-Min-TLS-1-0-2019-07" },
      }),
      messageId: "oldTls",
      data: { minimumTlsVersion: "1.0", policy: "Policy-Min-TLS-1-0-2019-07" },
    },
  ],
  unknown: [
    { name: "DescribeDomains denied", messageId: "cannotTell", asset: domainAsset({ transport: DENIED }) },
    {
      name: "HTTPS required but no TLS policy reported",
      asset: domainAsset({ transport: { httpsEnforced: true } }),
      messageId: "cannotTell",
      data: {
        reason: "HTTPS is required, but DescribeDomains reported no TLS security policy (absent)",
      },
    },
  ],
});

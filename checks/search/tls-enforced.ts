import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_IN_TRANSIT } from "../compliance.js";

export default defineCheck({
  id: "search.tls-enforced",
  title: "Search clusters must require HTTPS with TLS 1.2 or later",
  kind: "search",
  category: "encryption",
  severity: "medium",
  compliance: ENCRYPTION_IN_TRANSIT,
  remediation: {
    text: "Require HTTPS on the domain endpoint and choose a TLS security policy with a TLS 1.2 minimum (Policy-Min-TLS-1-2-PFS-2023-10 also enforces forward secrecy).",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10",
    },
  },
  messages: {
    plainHttp: "Plain-HTTP requests are accepted: EnforceHTTPS is off",
    modernTls: "HTTPS required with TLS {{minimumTlsVersion}} or later ({{policy}})",
    oldTls: "HTTPS is required, but TLS {{minimumTlsVersion}} is still accepted ({{policy}})",
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's TLS settings", asset.transport, (transport) => {
      const evidence = { ...transport };
      if (!transport.httpsEnforced) return fail("plainHttp", evidence);
      if (transport.minimumTlsVersion === undefined)
        return cannotTell(
          "the minimum TLS version",
          `HTTPS is required, but DescribeDomains reported no TLS security policy (${transport.tlsPolicy ?? "absent"})`,
        );
      const data = { ...evidence, policy: transport.tlsPolicy ?? "policy" };
      return Number(transport.minimumTlsVersion) >= 1.2 ? pass("modernTls", data) : fail("oldTls", data);
    }),
});

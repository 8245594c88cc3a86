import { cannotTell, defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ENCRYPTION_IN_TRANSIT } from "../compliance.js";

/**
 * OpenSearch Service TLS security policies at least as strict as the latest general one Security Hub asks for
 * (Opensearch.8: Policy-Min-TLS-1-2-PFS-2023-10, TLS 1.2 minimum with forward-secret ciphers only). The FIPS
 * policy of 2024-08 came later and narrows the same ciphers to the RFC 9151 suite, so it counts too.
 */
const LATEST_POLICIES = ["Policy-Min-TLS-1-2-PFS-2023-10", "Policy-Min-TLS-1-2-RFC9151-FIPS-2024-08"];

export default defineCheck({
  id: "search.tls-latest-policy",
  title: "Search domains should use the latest TLS security policy",
  kind: "search",
  category: "encryption",
  severity: "medium",
  providers: ["aws"],
  compliance: ENCRYPTION_IN_TRANSIT,
  remediation: {
    text: "Require HTTPS and set the domain's TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10 (TLS 1.2 or later with forward secrecy only). Check first that every client negotiates TLS 1.2 with an ECDHE cipher.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10",
    },
  },
  messages: {
    plainHttp: "Plain-HTTP requests are accepted: EnforceHTTPS is off",
    latestPolicy: "HTTPS required under the latest TLS security policy {{policy}}",
    olderPolicy: "TLS security policy {{policy}} is not the latest ({{latest}})",
  },
  evaluate: (asset) =>
    whenKnown("the endpoint's TLS settings", asset.transport, (transport) => {
      const evidence = { ...transport };
      if (!transport.httpsEnforced) return fail("plainHttp", evidence);
      const policy = transport.tlsPolicy;
      if (!policy)
        return cannotTell(
          "the TLS security policy",
          "HTTPS is required, but DescribeDomains reported no TLS security policy",
        );
      return LATEST_POLICIES.includes(policy)
        ? pass("latestPolicy", { ...evidence, policy })
        : fail("olderPolicy", { ...evidence, policy, latest: LATEST_POLICIES[0] });
    }),
});

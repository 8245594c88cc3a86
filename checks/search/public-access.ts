import { isUnknown } from "../../src/model/known.js";
import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "search.public-access",
  title: "Search clusters must not be reachable by anyone on the internet",
  kind: "search",
  category: "exposure",
  severity: "critical",
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Place the domain in a VPC (a new domain: an existing public domain cannot move), or replace the access policy's open statements with named IAM principals or an aws:SourceIp allow-list, and turn on fine-grained access control without anonymous auth.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --access-policies file://restricted-access-policy.json",
      azure:
        "az search service update --name SERVICE --resource-group GROUP --public-network-access disabled  # after adding a private endpoint; or --ip-rules 'RANGE1;RANGE2' to admit named ranges only",
    },
  },
  messages: {
    notPublic: "Not reachable by the public: {{routes}}",
    publicBehindSignIn: "Anyone on the internet can send requests: {{routes}}; {{gate}}",
    public: "Open to anyone on the internet: {{routes}}; {{why}}",
  },
  evaluate: (asset) =>
    whenKnown("whether the cluster is public", asset.exposure, (verdict) => {
      const evidence = {
        routes: verdict.reasons,
        network: asset.network,
        authentication: asset.authentication,
      };
      if (!verdict.public) return pass("notPublic", evidence);
      const auth = asset.authentication;
      // With fine-grained access control the engine still asks for credentials; anonymous auth (the FGAC
      // migration period) serves requests without any, which is as open as no FGAC at all.
      // Azure AI Search has no anonymous access: every request needs an API key or an Entra ID token.
      if (
        !isUnknown(auth) &&
        (auth.fineGrainedAccessControl || asset.provider === "azure") &&
        !auth.anonymousAuth
      ) {
        const gate =
          asset.provider === "azure"
            ? "only an API key or an Entra ID token stands in the way"
            : "only fine-grained access control sign-in stands in the way";
        return fail("publicBehindSignIn", { ...evidence, gate }, "high");
      }
      const why = isUnknown(auth)
        ? `authentication unknown (${auth.reason})`
        : auth.anonymousAuth
          ? "fine-grained access control serves anonymous requests"
          : "no fine-grained access control";
      return fail("public", { ...evidence, why });
    }),
});

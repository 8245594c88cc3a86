import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { PUBLIC_ACCESS } from "../compliance.js";

export default defineCheck({
  id: "search-serverless.public-network",
  title: "Serverless search collections must not be reachable from the public internet",
  kind: "search-serverless",
  category: "exposure",
  severity: "high",
  providers: ["aws"],
  compliance: PUBLIC_ACCESS,
  remediation: {
    text: "Change the network policy rule set that covers the collection to AllowFromPublic false with SourceVPCEs (an OpenSearch Serverless VPC endpoint) or SourceServices (e.g. bedrock.amazonaws.com for a knowledge base).",
    cli: {
      aws: 'aws opensearchserverless update-security-policy --type network --name POLICY --policy-version VERSION --policy \'[{"Rules":[{"ResourceType":"collection","Resource":["collection/NAME"]},{"ResourceType":"dashboard","Resource":["collection/NAME"]}],"AllowFromPublic":false,"SourceVPCEs":["VPCE_ID"]}]\'',
    },
  },
  messages: {
    public: "Reachable from the internet: {{collection.detail}}",
    dashboardsPublic: "Dashboards reachable from the internet: {{dashboards.detail}}",
    private: "{{collection.detail}}; {{dashboards.detail}}",
  },
  evaluate: (asset) =>
    whenKnown("the collection's network access", asset.network, (network) => {
      const evidence = { collection: network.collection, dashboards: network.dashboards };
      // Data access policies (IAM) still authorize every request, so an open endpoint is high, not critical;
      // open dashboards alone expose a sign-in page and less of the API.
      if (network.collection.public) return fail("public", evidence);
      if (network.dashboards.public) return fail("dashboardsPublic", evidence, "medium");
      return pass("private", evidence);
    }),
});

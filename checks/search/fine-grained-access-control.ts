import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { ACCESS_CONTROL } from "../compliance.js";

export default defineCheck({
  id: "search.fine-grained-access-control",
  title: "Search clusters should control access per index and document, not only at the endpoint",
  kind: "search",
  category: "identity",
  severity: "medium",
  providers: ["aws"],
  compliance: ACCESS_CONTROL,
  remediation: {
    text: "Enable fine-grained access control with an IAM role as master user, and map roles to the indices each team needs; without it any principal the access policy admits can read every index.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --advanced-security-options 'Enabled=true,InternalUserDatabaseEnabled=false,MasterUserOptions={MasterUserARN=ROLE_ARN}'",
    },
  },
  messages: {
    off: "Fine-grained access control is off: whoever the access policy admits can read and change every index",
    anonymous: "Fine-grained access control is on but serves anonymous requests ({{detail}})",
    on: "Fine-grained access control is on ({{detail}})",
  },
  evaluate: (asset) =>
    whenKnown("fine-grained access control", asset.authentication, (auth) => {
      const evidence = { ...auth };
      if (!auth.fineGrainedAccessControl) return fail("off", evidence);
      return auth.anonymousAuth ? fail("anonymous", evidence) : pass("on", evidence);
    }),
});

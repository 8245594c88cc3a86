import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { AUTHENTICATION } from "../compliance.js";

export default defineCheck({
  id: "search.internal-user-database",
  title: "Search clusters should authenticate through IAM or SAML, not an internal user database",
  kind: "search",
  category: "identity",
  severity: "low",
  providers: ["aws"],
  compliance: AUTHENTICATION,
  remediation: {
    text: "Use an IAM role as master user and IAM or SAML (IAM Identity Center, Cognito) for people; internal users are passwords outside your identity provider, with no MFA, no central offboarding and no CloudTrail record.",
    cli: {
      aws: "aws opensearch update-domain-config --domain-name DOMAIN --advanced-security-options 'Enabled=true,InternalUserDatabaseEnabled=false,MasterUserOptions={MasterUserARN=ROLE_ARN}'",
    },
  },
  messages: {
    noFineGrainedAccessControl:
      "No internal user database (fine-grained access control is off; IAM authorizes requests)",
    internalUsers: "Users sign in with passwords from the cluster's internal user database (HTTP basic auth)",
    identityProviders: "Users authenticate through {{providers}}",
  },
  evaluate: (asset) =>
    whenKnown("how users authenticate", asset.authentication, (auth) => {
      const evidence = { identityProviders: auth.identityProviders, detail: auth.detail };
      if (!auth.fineGrainedAccessControl) return pass("noFineGrainedAccessControl", evidence);
      return auth.internalUserDatabase
        ? fail("internalUsers", evidence)
        : pass("identityProviders", { ...evidence, providers: auth.identityProviders.join(", ") });
    }),
});

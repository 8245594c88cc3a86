import check from "../../../checks/search/public-access.js";
import { unknown } from "../../../src/model/known.js";
import { checkTable } from "../../support/check-table.js";
import { domainAsset } from "./opensearch-assets.js";

const open = {
  public: true,
  reasons: ['public endpoint and Statement 1 allows es:* to Principal {"AWS": "*"}'],
};
const noFgac = {
  fineGrainedAccessControl: false,
  internalUserDatabase: false,
  anonymousAuth: false,
  identityProviders: ["iam"],
  detail: "fine-grained access control off",
};

checkTable(check, {
  valid: [
    { name: "inside a VPC", asset: domainAsset() },
    {
      name: "public endpoint with an IP-restricted policy",
      asset: domainAsset({
        exposure: {
          public: false,
          reasons: ["public endpoint, but the access policy grants no public access"],
        },
        network: { placement: "public", detail: "public endpoint" },
      }),
    },
  ],
  invalid: [
    {
      name: "open policy, no fine-grained access control",
      asset: domainAsset({ exposure: open, authentication: noFgac }),
      message: /Open to anyone on the internet: .*no fine-grained access control/,
      severity: "critical",
    },
    {
      name: "open policy, fine-grained access control serving anonymous requests",
      asset: domainAsset({
        exposure: open,
        authentication: { ...noFgac, fineGrainedAccessControl: true, anonymousAuth: true },
      }),
      message: /serves anonymous requests/,
      severity: "critical",
    },
    {
      name: "open policy, fine-grained access control still asks for credentials",
      asset: domainAsset({ exposure: open }),
      message: /only fine-grained access control sign-in stands in the way/,
      severity: "high",
    },
    {
      name: "authenticated but phi-tagged: raised back to critical",
      asset: domainAsset({ exposure: open, dataClassification: "phi" }),
      message: /sign-in/,
      severity: "critical",
    },
    {
      name: "open policy, authentication unreadable: not assumed to help",
      asset: domainAsset({ exposure: open, authentication: unknown("DescribeDomains failed") }),
      message: /authentication unknown/,
      severity: "critical",
    },
  ],
  unknown: [
    {
      name: "access policy unreadable",
      asset: domainAsset({
        exposure: unknown("public endpoint; access policy: DescribeDomains failed: AccessDeniedException"),
      }),
      message: /AccessDeniedException/,
    },
  ],
});

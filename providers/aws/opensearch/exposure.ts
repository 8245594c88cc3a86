import type { ExposureVerdict } from "../../../src/model/asset.js";
import { isUnknown, unknown, type Known } from "../../../src/model/known.js";
import { evaluatePolicy, type PolicyVerdict } from "../policy/index.js";
import type { DomainStatusReply } from "./domain-status.js";

/**
 * Internet exposure of a domain: public when the domain is not in a VPC AND its access policy
 * lets the public in (evaluatePolicy with the "es" action catalog; an aws:SourceIp-restricted policy is not
 * public). A VPC domain has no internet endpoint, so its policy cannot expose it: the verdict says so.
 * Whether the engine still asks for credentials (fine-grained access control) is the check's concern.
 */
export function domainExposure(status: DomainStatusReply, ownerAccount: string): Known<ExposureVerdict> {
  const policy = accessPolicyVerdict(status.AccessPolicies, ownerAccount);
  const vpc = status.VPCOptions;
  if (vpc && (vpc.VPCId || (vpc.SubnetIds?.length ?? 0) > 0)) {
    const would =
      !isUnknown(policy) && policy.public
        ? ` (its access policy alone would let anyone in: ${publicReasons(policy)})`
        : "";
    return {
      public: false,
      reasons: [
        `inside VPC ${vpc.VPCId ?? "(id not reported)"}: no internet endpoint, so it is not exposed whatever its access policy says${would}`,
      ],
    };
  }
  if (isUnknown(policy)) return unknown(`public endpoint; access policy: ${policy.reason}`);
  if (!policy.public) {
    return {
      public: false,
      reasons: [
        `public endpoint, but the access policy grants no public access (${policy.reasons.join("; ")})`,
      ],
    };
  }
  return { public: true, reasons: [`public endpoint and ${publicReasons(policy)}`] };
}

const NO_POLICY: PolicyVerdict = {
  ok: true,
  public: false,
  read: false,
  write: false,
  publicStatements: [],
  fencedBy: [],
  crossAccountPrincipals: [],
  reasons: ["no access policy: only IAM identities of the account can be granted access"],
};

export function accessPolicyVerdict(policy: string | undefined, owner: string): Known<PolicyVerdict> {
  if (policy === undefined || policy.trim() === "" || policy.trim() === "{}") return NO_POLICY;
  const verdict = evaluatePolicy(policy, { service: "es", ownerAccount: owner });
  return verdict.ok ? verdict : unknown(`access policy could not be evaluated: ${verdict.error}`);
}

function publicReasons(policy: PolicyVerdict): string {
  return policy.publicStatements.map((s) => s.reason).join("; ") || "the access policy grants public access";
}

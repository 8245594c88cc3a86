// OpenSearch Serverless security policy documents and how their rules select collections. A rule names
// resources as "collection/<name or prefix*>"; network policies have rules of type "collection" (the API
// endpoint) and "dashboard" (OpenSearch Dashboards). Documents arrive as JSON values (the API's Document type)
// or as JSON text (pasted CLI output, or an older inventory).

export interface PolicyRule {
  ResourceType?: string;
  Resource?: string[];
}

export interface NetworkRuleSet {
  Description?: string;
  Rules?: PolicyRule[];
  AllowFromPublic?: boolean;
  SourceVPCEs?: string[];
  SourceServices?: string[];
}

export interface EncryptionPolicyDocument {
  Rules?: PolicyRule[];
  AWSOwnedKey?: boolean;
  KmsARN?: string;
}

export interface PolicyDetail {
  type?: string;
  name?: string;
  policy?: unknown;
}

export function policyDocument(detail: PolicyDetail): unknown {
  return typeof detail.policy === "string" ? (JSON.parse(detail.policy) as unknown) : detail.policy;
}

/** Network policies are a list of rule sets; a single object is accepted as a list of one. */
export function networkRuleSets(detail: PolicyDetail): NetworkRuleSet[] {
  const doc = policyDocument(detail);
  if (Array.isArray(doc)) return doc as NetworkRuleSet[];
  if (doc && typeof doc === "object") return [doc as NetworkRuleSet];
  throw new Error(`network policy ${detail.name ?? "?"} is not a JSON list of rule sets`);
}

export function encryptionDocument(detail: PolicyDetail): EncryptionPolicyDocument {
  const doc = policyDocument(detail);
  if (doc && typeof doc === "object" && !Array.isArray(doc)) return doc as EncryptionPolicyDocument;
  throw new Error(`encryption policy ${detail.name ?? "?"} is not a JSON object`);
}

/** Whether a rule of the given resource type covers the collection: "collection/name", "collection/pre*". */
export function ruleCovers(rule: PolicyRule, resourceType: string, collection: string): boolean {
  if ((rule.ResourceType ?? "").toLowerCase() !== resourceType) return false;
  return (rule.Resource ?? []).some((pattern) => {
    const match = /^collection\/(.+)$/.exec(pattern);
    return match?.[1] !== undefined && wildcard(match[1]).test(collection);
  });
}

function wildcard(pattern: string): RegExp {
  const source = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${source}$`);
}

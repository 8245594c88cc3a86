// Public types of the resource-policy evaluator (see index.ts for the contract).

export type AccessLevel = "read" | "write";

export interface PublicStatement {
  /** Position of the statement in the Statement list, counting from 1 (as a person reads the policy). */
  index: number;
  sid?: string;
  /** The principal that opens the statement, e.g. `*`, `AWS:*`, `Federated:graph.facebook.com`, `NotPrincipal AWS:…`. */
  principal: string;
  /** Action patterns left public (after any Deny fence), as written; a NotAction grant is one `every action except …` entry. */
  actions: string[];
  access: AccessLevel[];
  /** `none` when the statement has no Condition; otherwise why each condition test failed to limit it. */
  condition: string;
  reason: string;
}

export interface PolicyVerdict {
  ok: true;
  public: boolean;
  read: boolean;
  write: boolean;
  publicStatements: PublicStatement[];
  /** Deny statements (index and Sid of the Deny) that fence a public Allow, fully or in part. */
  fencedBy: Array<{ index: number; sid?: string; reason: string }>;
  /** Fixed AWS principals of other accounts (every AWS account principal when the owner account is not given). */
  crossAccountPrincipals: string[];
  reasons: string[];
}

export interface PolicyError {
  ok: false;
  error: string;
}

export type PolicyEvaluation = PolicyVerdict | PolicyError;

export type PolicyService = "s3" | "es" | "generic";

export interface EvaluateOptions {
  /** Which service's resource policy this is: selects the action catalog and S3-only rules. Default "generic". */
  service?: PolicyService;
  /** The account that owns the resource: principals of this account are not reported as cross-account. */
  ownerAccount?: string;
}

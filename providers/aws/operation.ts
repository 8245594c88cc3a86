// One AWS call the tool makes: the SDK client and command, and the IAM action that authorizes it. Each service
// folder lists its own (providers/aws/<service>/operations.ts); providers/aws/operations.ts derives the whole list.

export interface AwsOperation {
  /** SDK client package the command comes from. */
  client: string;
  /** Command name without the "Command" suffix, as the emulator and error entries name it. */
  operation: string;
  /** IAM action that authorizes it (these differ from operation names for S3). */
  iamAction: string;
  why: string;
  /**
   * A reply member the service always returns on success (e.g. ListBuckets' Buckets, even when empty): a 200
   * without it is a malformed reply and an error entry, never "nothing there".
   */
  alwaysReturns?: string;
  /**
   * A data-plane read granted on narrower resources than "*": the IAM policy gives it its own statement on the
   * resources named for this scope (model-artifacts: the artifact objects or prefixes), never on "*".
   */
  scopedTo?: "model-artifacts";
}

const READ_VERBS = /^(Get|List|Describe|Head|BatchGet|Search|Lookup)/;

/** Not a read by its verb, yet it changes no cloud state: AssumeRole only mints short-lived credentials. */
const NON_MUTATING = new Set(["AssumeRole"]);

export function isReadOperation(operation: string): boolean {
  return READ_VERBS.test(operation) || NON_MUTATING.has(operation);
}

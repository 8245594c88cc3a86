// State that services change while the emulator runs (SNS messages published, DynamoDB items), kept apart
// from the estate (which is what the scanner reads) and scoped to one emulator instance.
import { globMatches } from "../src/text/glob.js";

export class RuntimeState {
  private readonly slots = new Map<string, unknown>();

  /** The slot under `key`, created by `init` on first use. Services own their keys ("sns", "dynamodb"). */
  slot<T>(key: string, init: () => T): T {
    if (!this.slots.has(key)) this.slots.set(key, init());
    return this.slots.get(key) as T;
  }

  clear(): void {
    this.slots.clear();
  }
}

/**
 * A write the emulator accepts instead of refusing: only the Lambda's own sink and state writes, scoped to
 * their resource (topic ARN, table name). Globs as in fault rules. Nothing is allowed unless a test asks.
 */
export interface WriteAllowance {
  service: string;
  operation: string;
  resource: string;
}

export function writeAllowed(
  allowances: readonly WriteAllowance[],
  service: string,
  operation: string,
  resource: string,
): boolean {
  return allowances.some(
    (a) =>
      globMatches(a.service, service, false) &&
      globMatches(a.operation, operation, false) &&
      globMatches(a.resource, resource, false),
  );
}

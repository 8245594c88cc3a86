// Decides, per request and before any service handler runs, which injected fault (if any) applies.
// Services get throttling, AccessDenied and malformed bodies for free by naming their own error codes.
import type { Faults, MalformedBody, ThrottleRule } from "../estate/schema.js";
import { globMatches } from "../../src/text/glob.js";
import { seededRandom } from "./rng.js";

export type FaultDecision =
  | { kind: "throttle"; retryAfterSeconds: number }
  | { kind: "accessDenied" }
  | { kind: "hang" }
  | { kind: "reset" }
  | { kind: "serverError"; status: 500 | 503 }
  | { kind: "none"; malformed: MalformedBody | undefined; repeatToken: boolean };

interface Target {
  service: string;
  operation: string;
  resource: string;
}

export class FaultEngine {
  private readonly attempts = new Map<string, number>();
  private readonly randoms: (() => number)[];
  private readonly buckets: { tokens: number; last: number }[];
  private readonly errorRandoms: (() => number)[];
  private readonly resetRandoms: (() => number)[];

  constructor(
    private readonly faults: Faults,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.randoms = faults.throttle.map((r) => seededRandom(r.seed));
    this.buckets = faults.throttle.map((r) => ({ tokens: r.perSecond ?? 0, last: this.now() }));
    this.errorRandoms = faults.serverError.map((r) => seededRandom(r.seed));
    this.resetRandoms = faults.reset.map((r) => seededRandom(r.seed));
  }

  /** How late a request is answered (the largest matching slow rule). */
  delayFor(service: string, operation: string, resource: string): number {
    const target = { service, operation, resource };
    return Math.max(0, ...this.faults.slow.filter((r) => matches(r, target)).map((r) => r.ms));
  }

  decide(service: string, operation: string, resource: string): FaultDecision {
    const target = { service, operation, resource };
    if (this.faults.hang.some((r) => matches(r, target))) return { kind: "hang" };
    if (this.faults.reset.some((r, i) => matches(r, target) && (this.resetRandoms[i]?.() ?? 1) < r.rate))
      return { kind: "reset" };
    for (const [index, rule] of this.faults.throttle.entries()) {
      if (matches(rule, target) && this.throttles(index, rule, target)) {
        return { kind: "throttle", retryAfterSeconds: rule.retryAfterSeconds };
      }
    }
    for (const [index, rule] of this.faults.serverError.entries())
      if (matches(rule, target) && (this.errorRandoms[index]?.() ?? 1) < rule.rate)
        return { kind: "serverError", status: rule.status };
    if (this.faults.accessDenied.some((r) => matches(r, target))) return { kind: "accessDenied" };
    return {
      kind: "none",
      malformed: this.faults.malformed.find((r) => matches(r, target))?.body,
      repeatToken: this.faults.repeatToken.some((r) => matches(r, target)),
    };
  }

  private throttles(index: number, rule: ThrottleRule, t: Target): boolean {
    if (rule.firstAttempts !== undefined) {
      // Counted per (rule, operation, resource): each bucket gets its own storm.
      const key = `${index}\u0000${t.service}:${t.operation}\u0000${t.resource}`;
      const seen = (this.attempts.get(key) ?? 0) + 1;
      this.attempts.set(key, seen);
      return seen <= rule.firstAttempts;
    }
    if (rule.rate !== undefined) return (this.randoms[index]?.() ?? 1) < rule.rate;
    if (rule.perSecond !== undefined) {
      const bucket = this.buckets[index];
      if (!bucket) return false;
      const now = this.now();
      bucket.tokens = Math.min(rule.perSecond, bucket.tokens + ((now - bucket.last) / 1000) * rule.perSecond);
      bucket.last = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return false;
      }
      return true;
    }
    return false;
  }
}

function matches(rule: Target, t: Target): boolean {
  return (
    globMatches(rule.service, t.service, false) &&
    globMatches(rule.operation, t.operation, false) &&
    globMatches(rule.resource, t.resource, false)
  );
}

/** Thrown by the server's responder: the connection is closed without a reply. */
export class ConnectionReset extends Error {
  override name = "ConnectionReset";
}

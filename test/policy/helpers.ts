import { expect } from "vitest";
import { evaluatePolicy } from "../../providers/aws/policy/index.js";
import type { EvaluateOptions, PolicyError, PolicyVerdict } from "../../providers/aws/policy/index.js";

export const BUCKET = "arn:aws:s3:::model-artifacts";
export const OBJECTS = "arn:aws:s3:::model-artifacts/*";
export const DOMAIN = "arn:aws:es:us-east-1:111122223333:domain/embeddings/*";

/** A one-statement policy with the given overrides. */
export function stmt(overrides: Record<string, unknown>): Record<string, unknown> {
  return { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: OBJECTS, ...overrides };
}

export function policy(...statements: Array<Record<string, unknown>>): Record<string, unknown> {
  return { Version: "2012-10-17", Statement: statements };
}

export function verdict(document: unknown, options?: EvaluateOptions): PolicyVerdict {
  const result = evaluatePolicy(document, options);
  if (!result.ok) throw new Error(`expected a verdict, got error: ${result.error}`);
  return result;
}

export function failure(document: unknown, options?: EvaluateOptions): PolicyError {
  const result = evaluatePolicy(document, options);
  if (result.ok) throw new Error(`expected an error, got verdict: ${JSON.stringify(result.reasons)}`);
  return result;
}

export function expectReason(v: PolicyVerdict, fragment: string): void {
  expect(v.reasons.join("\n")).toContain(fragment);
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluatePolicy } from "../../providers/aws/policy/index.js";
import { budget, CaseClock, corpus } from "../fuzz/budget.js";

const clock = new CaseClock("policy evaluator");

const tokens = fc.constantFrom(
  "*",
  "s3:*",
  "s3:Get*",
  "s3:GetObject",
  "s3:PutObject",
  "es:ESHttp*",
  "arn:aws:s3:::b/*",
  "111122223333",
  "o-123",
  "vpce-1",
  "10.0.0.0/8",
  "0.0.0.0/0",
  "${aws:username}",
  "a?b",
  "",
  "-/\\[(",
);
const value = fc.oneof(
  tokens,
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(tokens, fc.string(), fc.integer()), { maxLength: 3 }),
);
const operator = fc.constantFrom(
  "StringEquals",
  "StringNotEquals",
  "StringLike",
  "IpAddress",
  "NotIpAddress",
  "ArnLike",
  "Null",
  "Bool",
  "ForAllValues:StringEquals",
  "ForAnyValue:StringLike",
  "StringEqualsIfExists",
  "Bogus",
  "stringequals",
);
const key = fc.constantFrom(
  "aws:SourceIp",
  "aws:PrincipalOrgID",
  "aws:SourceVpce",
  "aws:SecureTransport",
  "s3:DataAccessPointArn",
  "aws:userid",
  "AWS:SOURCEACCOUNT",
);
const condition = fc.oneof(
  fc.dictionary(operator, fc.dictionary(key, value, { maxKeys: 2 }), { maxKeys: 2 }),
  value,
);
const principal = fc.oneof(
  fc.constant("*"),
  value,
  fc.record({ AWS: value }, { requiredKeys: [] }),
  fc.record({ Service: value, Federated: value, CanonicalUser: value }, { requiredKeys: [] }),
);
const statement = fc.record(
  {
    Sid: fc.oneof(fc.string(), fc.integer(), fc.object()),
    Effect: fc.oneof(fc.constantFrom("Allow", "Deny", "allow", "Permit"), value),
    Principal: principal,
    NotPrincipal: principal,
    Action: value,
    NotAction: value,
    Resource: value,
    NotResource: value,
    Condition: condition,
  },
  { requiredKeys: [] },
);
const policyShaped = fc.record(
  {
    Version: fc.constant("2012-10-17"),
    Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 }), value),
  },
  { requiredKeys: [] },
);
const services = fc.constantFrom(undefined, "s3" as const, "es" as const, "generic" as const);

function checkShape(result: ReturnType<typeof evaluatePolicy>): void {
  if (result.ok) {
    expect(result.public).toBe(result.publicStatements.length > 0);
    expect(result.read).toBe(result.publicStatements.some((s) => s.access.includes("read")));
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const s of result.publicStatements) expect(s.access.length).toBeGreaterThan(0);
  } else {
    expect(typeof result.error).toBe("string");
    expect(result.error.length).toBeGreaterThan(0);
    expect(result.error).not.toContain("could not evaluate policy");
  }
}

describe("evaluatePolicy never throws", () => {
  it("on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), services, (doc, service) => {
        clock.run(() => {
          checkShape(evaluatePolicy(doc, { service }));
          checkShape(evaluatePolicy(JSON.stringify(doc), { service }));
        });
      }),
      budget(500),
    );
  });

  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string(), (text) => clock.run(() => checkShape(evaluatePolicy(text)))),
      budget(300),
    );
  });

  it("on arbitrary policy-shaped objects", () => {
    fc.assert(
      fc.property(
        policyShaped,
        services,
        fc.option(fc.constantFrom("111122223333", "")),
        (doc, service, ownerAccount) => {
          clock.run(() =>
            checkShape(evaluatePolicy(doc, { service, ownerAccount: ownerAccount ?? undefined })),
          );
        },
      ),
      budget(1500),
    );
  });

  it("on the seed corpus (10k statements, deep nesting, __proto__ keys, backtracking bait, binary), as text and as JSON", () => {
    for (const { name, text, bytes } of corpus()) {
      clock.run(() => checkShape(evaluatePolicy(text)), bytes.length);
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch {
        continue; // not JSON: the text case above covers it
      }
      for (const service of ["s3"] as const)
        clock.run(() => checkShape(evaluatePolicy(doc, { service })), bytes.length);
      expect(({} as Record<string, unknown>)["polluted"], name).toBeUndefined();
    }
  });

  it("a statement granting to a fixed principal is never public, whatever its actions", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("*", "s3:*", "s3:Get*", "es:*", "s3:PutBucketPolicy"), {
          minLength: 1,
          maxLength: 3,
        }),
        (actions) => {
          const result = evaluatePolicy({
            Statement: [
              {
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::111122223333:role/r" },
                Action: actions,
                Resource: "*",
              },
            ],
          });
          expect(result.ok && result.public).toBe(false);
        },
      ),
    );
  });
});

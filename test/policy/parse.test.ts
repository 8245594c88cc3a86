import { describe, expect, it } from "vitest";
import { failure, OBJECTS, policy, stmt, verdict } from "./helpers.js";

describe("malformed documents yield an error verdict with the reason", () => {
  const cases: Array<{ name: string; document: unknown; error: string }> = [
    { name: "bad JSON text", document: '{"Statement": [', error: "not valid JSON" },
    { name: "JSON text of a list", document: "[]", error: "must be a JSON object, not a list" },
    { name: "number", document: 42, error: "must be a JSON object, not a number" },
    { name: "null", document: null, error: "not null" },
    { name: "undefined", document: undefined, error: "not a undefined" },
    { name: "Statement missing", document: { Version: "2012-10-17" }, error: "has no Statement" },
    {
      name: "Statement a string",
      document: { Statement: "Allow" },
      error: "Statement must be an object or a list",
    },
    {
      name: "statement not an object",
      document: { Statement: [stmt({}), 7] },
      error: "Statement 2 must be an object",
    },
    {
      name: "Effect missing",
      document: policy({ Principal: "*", Action: "s3:GetObject" }),
      error: "has no Effect",
    },
    {
      name: "Effect Permit",
      document: policy(stmt({ Effect: "Permit" })),
      error: 'Effect must be "Allow" or "Deny"',
    },
    { name: "Effect not a string", document: policy(stmt({ Effect: true })), error: "Effect must be" },
    {
      name: "Principal missing",
      document: policy({ Effect: "Allow", Action: "s3:GetObject" }),
      error: "has no Principal",
    },
    { name: "Principal a number", document: policy(stmt({ Principal: 5 })), error: "Principal must be" },
    { name: "Principal a list", document: policy(stmt({ Principal: ["*"] })), error: "Principal must be" },
    {
      name: "Principal a non-* string",
      document: policy(stmt({ Principal: "111122223333" })),
      error: 'not the string "111122223333"',
    },
    {
      name: "Principal unknown type",
      document: policy(stmt({ Principal: { Users: "x" } })),
      error: 'unknown principal type "Users"',
    },
    {
      name: "Principal.AWS an object",
      document: policy(stmt({ Principal: { AWS: { a: 1 } } })),
      error: "Principal.AWS must be",
    },
    {
      name: "Principal empty object",
      document: policy(stmt({ Principal: {} })),
      error: "Principal is empty",
    },
    {
      name: "both Principal and NotPrincipal",
      document: policy(stmt({ NotPrincipal: { AWS: "1" } })),
      error: "both Principal and NotPrincipal",
    },
    {
      name: "Action missing",
      document: policy({ Effect: "Allow", Principal: "*" }),
      error: "has no Action or NotAction",
    },
    {
      name: "Action a number",
      document: policy(stmt({ Action: 3 })),
      error: "Action must be a string or a list",
    },
    { name: "Action empty list", document: policy(stmt({ Action: [] })), error: "Action is an empty list" },
    {
      name: "Action list with object",
      document: policy(stmt({ Action: ["s3:GetObject", {}] })),
      error: "Action[1] must be a string",
    },
    {
      name: "both Action and NotAction",
      document: policy(stmt({ NotAction: "s3:*" })),
      error: "both Action and NotAction",
    },
    { name: "Resource a number", document: policy(stmt({ Resource: 1 })), error: "Resource must be" },
    {
      name: "Condition a string",
      document: policy(stmt({ Condition: "x" })),
      error: "Condition must be an object",
    },
    {
      name: "unknown operator",
      document: policy(stmt({ Condition: { StringEqualz: { "aws:SourceVpc": "vpc-1" } } })),
      error: 'unknown condition operator "StringEqualz"',
    },
    {
      name: "NullIfExists is not an operator",
      document: policy(stmt({ Condition: { NullIfExists: { "aws:SourceVpc": "true" } } })),
      error: "unknown condition operator",
    },
    {
      name: "operator block not an object",
      document: policy(stmt({ Condition: { StringEquals: "vpc-1" } })),
      error: "must be an object of condition keys",
    },
    {
      name: "condition value an object",
      document: policy(stmt({ Condition: { StringEquals: { "aws:SourceVpc": { v: 1 } } } })),
      error: "must be a string or a list",
    },
    { name: "Sid an object", document: policy(stmt({ Sid: {} })), error: "Sid must be a string" },
  ];
  it.each(cases)("$name", ({ document, error }) => {
    expect(failure(document).error).toContain(error);
  });

  it("names the statement and its Sid in the error", () => {
    expect(failure(policy(stmt({}), stmt({ Sid: "Broken", Effect: "Maybe" }))).error).toContain(
      'Statement 2 ("Broken")',
    );
  });
});

describe("accepted shapes", () => {
  const publicRead = stmt({ Sid: "PublicRead" });
  const cases: Array<{ name: string; document: unknown }> = [
    { name: "parsed object with a list", document: policy(publicRead) },
    { name: "parsed object with a single Statement object", document: { Statement: publicRead } },
    { name: "JSON text", document: JSON.stringify(policy(publicRead)) },
    { name: "JSON text with whitespace", document: `\n  ${JSON.stringify({ Statement: publicRead })}  \n` },
    {
      name: "lower-case element names and effect",
      document: {
        statement: [{ effect: "allow", principal: "*", action: "s3:GetObject", resource: OBJECTS }],
      },
    },
    {
      name: "Action and Resource as lists",
      document: policy(stmt({ Action: ["s3:GetObject"], Resource: [OBJECTS] })),
    },
    {
      name: "Resource missing (read as every resource)",
      document: policy({ Effect: "Allow", Principal: "*", Action: "s3:GetObject" }),
    },
  ];
  it.each(cases)("$name is evaluated (and found public)", ({ document }) => {
    const v = verdict(document);
    expect(v.public).toBe(true);
    expect(v.read).toBe(true);
  });

  it("an empty Statement list allows nothing", () => {
    const v = verdict({ Statement: [] });
    expect(v.public).toBe(false);
    expect(v.reasons).toEqual(["no statement allows access"]);
  });

  it("account ids given as JSON numbers are accepted", () => {
    const v = verdict(policy(stmt({ Principal: { AWS: 444455556666 } })), { ownerAccount: "111122223333" });
    expect(v.public).toBe(false);
    expect(v.crossAccountPrincipals).toEqual(["444455556666"]);
  });
});

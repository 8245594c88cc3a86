// The suppressions file: what is accepted, and errors that name the file, the line and the field.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../../src/model/input-error.js";
import { loadSuppressions, parseSuppressions } from "../../src/suppressions/index.js";
import { tempDir } from "../history/helpers.js";

const VALID = `# accepted risks
suppressions:
  - checkId: storage.tls-only
    resource: "arn:aws:s3:::ai-*"
    account: 111122223333
    region: us-*
    tags: { team: clinical-nlp, tier: 1 }
    reason: vendor integration needs HTTP until Q3
    owner: data-platform@example.com
    expires: 2025-09-30

  - checkId: "storage.*"
    resource: ai-scratch-*
    reason: scratch data, deleted nightly
    owner: ml-ops
    expires: "2025-06-01T12:00:00Z"
`;

function errorOf(text: string, file = "sup.yaml"): string {
  try {
    parseSuppressions(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

describe("parseSuppressions", () => {
  it("reads entries with their lines and expiry instants", () => {
    const set = parseSuppressions(VALID, "sup.yaml");
    expect(set.entries).toHaveLength(2);
    expect(set.entries[0]).toMatchObject({
      line: 3,
      checkId: "storage.tls-only",
      account: "111122223333",
      tags: { team: "clinical-nlp", tier: "1" },
      expires: "2025-09-30",
    });
    // A date suppresses through that whole day (UTC).
    expect(set.entries[0]?.expiresAt.toISOString()).toBe("2025-10-01T00:00:00.000Z");
    expect(set.entries[1]?.line).toBe(12);
    expect(set.entries[1]?.expiresAt.toISOString()).toBe("2025-06-01T12:00:00.000Z");
  });

  it("accepts an empty list", () => {
    expect(parseSuppressions("suppressions: []\n", "s.yaml").entries).toEqual([]);
  });

  it("names the line and field of a missing reason", () => {
    const text = VALID.replace("    reason: scratch data, deleted nightly\n", "");
    expect(errorOf(text)).toContain("sup.yaml:12: suppressions[1].reason: required");
  });

  it("names the line of an impossible or malformed expiry date", () => {
    expect(errorOf(VALID.replace("2025-09-30", "2025-02-30"))).toMatch(
      /sup\.yaml:10: suppressions\[0\]\.expires: expected an ISO date/,
    );
    expect(errorOf(VALID.replace("2025-09-30", "next week"))).toContain(
      "sup.yaml:10: suppressions[0].expires",
    );
    // A time without a zone is ambiguous.
    expect(errorOf(VALID.replace("2025-09-30", '"2025-09-30T10:00:00"'))).toContain(
      "suppressions[0].expires",
    );
  });

  it("refuses unknown fields, so a typo cannot make an entry permanent", () => {
    const text = VALID.replace("    expires: 2025-09-30\n", "    expiry: 2025-09-30\n");
    const message = errorOf(text);
    expect(message).toContain("sup.yaml:3: suppressions[0]: unknown field(s) expiry");
    expect(message).toContain("sup.yaml:3: suppressions[0].expires: required");
  });

  it("asks to quote an account id that YAML read as a shorter number", () => {
    expect(errorOf(VALID.replace("account: 111122223333", "account: 011122223333"))).toMatch(
      /sup\.yaml:5: suppressions\[0\]\.account: quote the account id/,
    );
  });

  it("names the line and column of a YAML syntax error", () => {
    expect(errorOf("suppressions:\n  - checkId: [unclosed\n    owner: x\n")).toMatch(
      /^sup\.yaml:\d+:\d+: YAML syntax error/,
    );
  });

  it("names a wrong top-level shape and duplicate keys", () => {
    expect(errorOf("- checkId: x\n")).toMatch(/sup\.yaml:1: \(file\): expected object/);
    expect(errorOf("")).toContain("sup.yaml: suppressions: required");
    expect(errorOf("suppressions:\n  - checkId: a\n    checkId: b\n")).toMatch(
      /sup\.yaml:3:\d+: YAML syntax error/,
    );
  });

  it("names an unreadable file", () => {
    const missing = join(tempDir("sup"), "missing.yaml");
    expect(() => loadSuppressions(missing)).toThrow(`${missing}: cannot read suppressions file`);
    const file = join(tempDir("sup"), "ok.yaml");
    writeFileSync(file, VALID);
    expect(loadSuppressions(file).file).toBe(file);
  });
});

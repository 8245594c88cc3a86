// Check messages: templates filled from outcome data, as plain text, and typed so a check returns only the ids
// it declares.
import { describe, expect, it } from "vitest";
import { evaluateAssets } from "../../src/engine/evaluate.js";
import { formatMessage, missingPlaceholders, placeholdersOf } from "../../src/engine/format-message.js";
import { defineCheck, fail, pass, whenKnown } from "../../src/model/check.js";
import { storageAsset } from "../support/assets.js";

const base = {
  title: "Storage must not be readable by anyone",
  kind: "storage",
  category: "exposure",
  severity: "high",
  compliance: {},
  remediation: { text: "Remove the public grants." },
} as const;

describe("formatMessage", () => {
  it("fills placeholders; lists read as 'a; b'; dotted paths reach into objects", () => {
    const data = { routes: ["policy", "ACL"], network: { detail: "open" }, count: 2 };
    expect(formatMessage("Anyone can read: {{routes}} ({{ count }}, {{network.detail}})", data)).toBe(
      "Anyone can read: policy; ACL (2, open)",
    );
  });

  it("inserts values as plain text: no placeholder or $-pattern inside a value is expanded", () => {
    const name = "{{secret}} $& $1 $` $' $$";
    expect(formatMessage("Bucket {{name}} is public", { name, secret: "LEAK" })).toBe(
      `Bucket ${name} is public`,
    );
  });

  it("leaves a placeholder without a value as written, and reports it", () => {
    expect(formatMessage("Key {{keyId}} in {{region}}", { keyId: null, region: "eu" })).toBe(
      "Key {{keyId}} in eu",
    );
    expect(missingPlaceholders("Key {{keyId}} in {{region}}", { keyId: null, region: "eu" })).toEqual([
      "keyId",
    ]);
  });

  it("reads own data only: inherited names are missing, not functions", () => {
    expect(missingPlaceholders("{{constructor}} {{toString}}", {})).toEqual(["constructor", "toString"]);
    expect(formatMessage("{{constructor}}", {})).toBe("{{constructor}}");
  });

  it("lists each placeholder once", () => {
    expect(placeholdersOf("{{a}} {{b.c}} {{a}}")).toEqual(["a", "b.c"]);
  });
});

describe("evaluateAssets with message ids", () => {
  const check = defineCheck({
    ...base,
    id: "test.public-read",
    messages: { publicRead: "Anyone can read: {{routes}}", notPublic: "Not publicly readable" },
    evaluate: (asset) =>
      whenKnown("public read access", asset.publicRead, (v) =>
        v.public ? fail("publicRead", { routes: v.reasons }) : pass("notPublic", { routes: v.reasons }),
      ),
  });

  it("gives the finding its message id, the formatted message, and the data as evidence", () => {
    const asset = storageAsset({ publicRead: { public: true, reasons: ["policy", "ACL"] } });
    const [finding] = evaluateAssets([asset], [check]);
    expect(finding).toMatchObject({
      status: "fail",
      messageId: "publicRead",
      message: "Anyone can read: policy; ACL",
      evidence: { routes: ["policy", "ACL"] },
    });
  });

  it("formats the built-in unknown message", () => {
    const asset = storageAsset({
      publicRead: { unknown: true, reason: "GetBucketPolicy failed: AccessDenied" },
    });
    const [finding] = evaluateAssets([asset], [check]);
    expect(finding).toMatchObject({
      status: "unknown",
      messageId: "cannotTell",
      message: "Could not determine public read access: GetBucketPolicy failed: AccessDenied",
    });
  });

  it("turns a check that throws into an unknown finding with the internal error", () => {
    const broken = defineCheck({
      ...base,
      id: "test.broken",
      messages: { never: "never" },
      evaluate: () => {
        throw new Error("boom");
      },
    });
    const [finding] = evaluateAssets([storageAsset()], [broken]);
    expect(finding).toMatchObject({
      status: "unknown",
      messageId: "internalError",
      message: "Check failed internally: boom",
    });
  });
});

// Compile-time safety (checked by tsc): a check may return only the ids it declares.
defineCheck({
  ...base,
  id: "test.typo",
  messages: { publicRead: "Anyone can read" },
  // @ts-expect-error "publicReed" is not a declared message id
  evaluate: () => fail("publicReed"),
});
defineCheck({
  ...base,
  id: "test.built-in",
  // @ts-expect-error the built-in ids may not be redeclared
  messages: { cannotTell: "mine" },
  evaluate: () => pass("cannotTell"),
});

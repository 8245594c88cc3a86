// Property: the file loaders (estate, suppressions, saved inventory) end every input in their documented input
// error or a value — never another exception, never a hang — on the seed corpus and on generated files.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EstateError, parseEstate } from "../../mocks/index.js";
import { loadInventory } from "../../src/engine/inventory-file.js";
import { InputError } from "../../src/model/input-error.js";
import { applySuppressions, parseSuppressions } from "../../src/suppressions/index.js";
import { finding, report } from "../history/fixtures.js";
import { budget, CaseClock, corpus as fullCorpus, LONG, onlyThrows } from "./budget.js";

/** The YAML parser takes seconds on the 700 KB file of 10k statements: that one runs in the long form only. */
const corpus = () => fullCorpus().filter((c) => LONG || c.bytes.length < 200_000);

const dir = mkdtempSync(join(tmpdir(), "aiposture-fuzz-loaders-"));

/** JSON-ish values with the keys loaders walk and the ones that poison prototypes. */
const key = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "aws", "azure", "accounts", "id"),
  fc.string({ maxLength: 8 }),
);
const leaf = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.bigInt().map((n) => Number(n)),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("*", "111122223333", "2099-12-31", "1e400", "\u0000", "\u001b[2J"),
);
const tree = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Text a loader may be given: YAML of a tree, JSON of it, a corpus file with bytes overwritten, or noise. */
function files(shaped: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const seeds = corpus().map((c) => c.text.slice(0, 4_000));
  return fc.oneof(
    shaped.map((v) => stringify(v, { aliasDuplicateObjects: true })),
    shaped.map((v) => JSON.stringify(v) ?? "null"),
    fc
      .tuple(fc.constantFrom(...seeds), fc.nat(), fc.string({ maxLength: 8 }))
      .map(([s, at, insert]) => s.slice(0, at % (s.length + 1)) + insert + s.slice(at % (s.length + 1))),
    fc.string({ unit: "binary", maxLength: 200 }),
  );
}

const estateShaped = fc.oneof(
  tree,
  fc.record(
    {
      aws: fc.record(
        {
          accounts: fc.array(
            fc.record(
              { id: fc.oneof(fc.constant("111122223333"), leaf), s3: fc.record({ buckets: fc.array(tree) }) },
              { requiredKeys: [] },
            ),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: [] },
      ),
      azure: tree,
      faults: tree,
    },
    { requiredKeys: [] },
  ),
);

const entry = fc.record(
  {
    checkId: fc.oneof(fc.constantFrom("*", "storage.*", "a*a*a*a*a*a*a*b"), leaf),
    resource: fc.oneof(fc.constantFrom("*", "arn:aws:s3:::*", "?".repeat(50)), leaf),
    account: leaf,
    region: leaf,
    tags: tree,
    reason: leaf,
    owner: leaf,
    expires: fc.oneof(fc.constantFrom("2099-12-31", "2025-02-30", "2025-06-15T12:00:00+25:00"), leaf),
  },
  { requiredKeys: [] },
);
const suppressionsShaped = fc.oneof(
  tree,
  fc.record({ version: fc.oneof(fc.constant(1), leaf), suppressions: fc.array(entry, { maxLength: 4 }) }),
);

const inventoryShaped = fc.record(
  {
    schemaVersion: fc.oneof(fc.constant(1), leaf),
    collectedAt: leaf,
    scopes: fc.array(tree, { maxLength: 2 }),
    records: fc.array(
      fc.record(
        {
          provider: fc.constantFrom("aws", "azure", "gcp"),
          account: leaf,
          region: leaf,
          service: leaf,
          resourceType: leaf,
          resourceId: leaf,
          name: leaf,
          replies: tree,
        },
        { requiredKeys: [] },
      ),
      { maxLength: 2 },
    ),
    errors: fc.array(tree, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const base = report("2025-06-15T12:00:00.000Z", [
  finding("storage.public-read", "ai-public-share", "fail", "critical"),
  finding("storage.tls-only", "a".repeat(2_000), "fail", "medium"),
]);

describe("estate loader", () => {
  const clock = new CaseClock("estate loader");
  it("the seed corpus ends in EstateError or an estate", () => {
    for (const { name, text, bytes } of corpus())
      clock.run(() => onlyThrows(EstateError, () => parseEstate(text, name)), bytes.length);
  });
  it("an alias bomb is refused, naming the file", () => {
    const bomb = corpus().find((c) => c.name === "alias-bomb.yaml")!;
    expect(() => parseEstate(bomb.text, "bomb.yaml")).toThrow(/bomb\.yaml: YAML aliases expand too far/);
  });
  it("generated files end in EstateError or an estate", () => {
    fc.assert(
      fc.property(files(estateShaped), (text) => {
        clock.run(() => onlyThrows(EstateError, () => parseEstate(text, "fuzz.yaml")));
      }),
      budget(40),
    );
  });
});

describe("suppressions loader", () => {
  const clock = new CaseClock("suppressions loader");
  const now = new Date("2025-06-15T12:00:00Z");
  const load = (text: string) => {
    const set = parseSuppressions(text, "fuzz.yaml");
    // What loads is also applied: its globs meet long resource ids.
    applySuppressions(base, set, new Map(), now);
  };
  it("the seed corpus ends in InputError or a set", () => {
    for (const { text, bytes } of corpus())
      clock.run(() => onlyThrows(InputError, () => load(text)), bytes.length);
  });
  it("an alias bomb is refused, naming the file", () => {
    const bomb = corpus().find((c) => c.name === "alias-bomb.yaml")!;
    expect(() => parseSuppressions(bomb.text, "sup.yaml")).toThrow(/sup\.yaml: YAML aliases expand too far/);
  });
  it("generated files end in InputError or a set", () => {
    fc.assert(
      fc.property(files(suppressionsShaped), (text) => {
        clock.run(() => onlyThrows(InputError, () => load(text)));
      }),
      budget(60),
    );
  });
});

describe("inventory loader", () => {
  const clock = new CaseClock("inventory loader");
  const load = (bytes: Buffer | string) => {
    const file = join(dir, "inventory.json");
    writeFileSync(file, bytes);
    return loadInventory(file);
  };
  it("the seed corpus ends in InputError or an inventory", () => {
    for (const { bytes } of corpus())
      clock.run(() => onlyThrows(InputError, () => load(bytes)), bytes.length);
  });
  it("generated files end in InputError or an inventory, and a loaded one never carries a prototype", () => {
    fc.assert(
      fc.property(files(inventoryShaped), (text) => {
        clock.run(() =>
          onlyThrows(InputError, () => {
            const inventory = load(text);
            expect(Object.getPrototypeOf(inventory)).toBe(Object.prototype);
            expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
          }),
        );
      }),
      budget(80),
    );
  });
});

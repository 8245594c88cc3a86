// docs/merge.md renders the merge's rule tables; this keeps the page and the code in step.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_CHECKS } from "../../checks/index.js";
import {
  ESCALATING_CATEGORIES,
  ESCALATION,
  FOLD_RULES,
  GUARDDUTY_ACTIVE_THREAT_PURPOSES,
  NON_AI_KINDS,
} from "../../src/merge/index.js";

const doc = readFileSync(new URL("../../docs/merge.md", import.meta.url), "utf8");
const foldTable = doc.slice(doc.indexOf("### Fold table"), doc.indexOf("### Fold outcomes"));
const rows = foldTable.split("\n").filter((line) => /^\| (guardduty|defender) /.test(line));

describe("docs/merge.md", () => {
  it("lists every fold rule with its key and checks, and nothing else", () => {
    expect(rows).toHaveLength(FOLD_RULES.length);
    for (const rule of FOLD_RULES) {
      const row = rows.find((r) => r.includes(`\`${rule.key}\``));
      expect(row, rule.key).toBeDefined();
      expect(row).toMatch(new RegExp(`^\\| ${rule.source} `));
      for (const checkId of rule.checkIds)
        expect(row, `${rule.key} → ${checkId}`).toContain(`\`${checkId}\``);
    }
  });

  it("names the active threat purposes, the escalating categories, the non-AI kinds and the escalation's id", () => {
    for (const purpose of GUARDDUTY_ACTIVE_THREAT_PURPOSES) expect(doc).toContain(`\`${purpose}\``);
    for (const category of ESCALATING_CATEGORIES) expect(doc).toContain(`**${category}**`);
    for (const kind of NON_AI_KINDS) expect(doc).toContain(`\`${kind}\``);
    expect(doc).toContain(`\`${ESCALATION.checkId}\``);
  });
});

describe("fold rules", () => {
  it("fold only into checks that exist, keyed once each", () => {
    const ids = new Set(ALL_CHECKS.map((c) => c.id));
    for (const rule of FOLD_RULES)
      for (const checkId of rule.checkIds) expect(ids.has(checkId), checkId).toBe(true);
    const keys = FOLD_RULES.map((r) => `${r.source} ${r.key.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

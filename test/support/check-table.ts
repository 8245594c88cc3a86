// A typescript-eslint style rule tester: each check's test is a table of valid, invalid and unknown assets. Rows
// name the message id they expect (typed: only ids the check declares) and, optionally, part of its data, so the
// wording of a message can change without touching the table.
import { describe, expect, it } from "vitest";
import type { Asset } from "../../src/model/asset.js";
import {
  BUILT_IN_MESSAGES,
  type AnyCheck,
  type CheckInputs,
  type CheckOutcome,
  type MessageId,
  type MessageTemplates,
} from "../../src/model/check.js";
import { evaluateAssets, messageOf } from "../../src/engine/evaluate.js";
import { missingPlaceholders } from "../../src/engine/format-message.js";
import { AssetGraph } from "../../src/model/graph.js";
import type { Severity } from "../../src/model/severity.js";

export interface CheckRow<Id extends string = string> {
  name: string;
  asset: Asset;
  neighbours?: Asset[];
  messageId: Id;
  /** Matched partially (toMatchObject): name only the data the row is about. */
  data?: Record<string, unknown>;
  /** What the user supplied (--approved-models), when it differs from the table's. */
  inputs?: CheckInputs;
}

export interface CheckTable<Id extends string = string> {
  valid: Array<CheckRow<Id>>;
  invalid: Array<CheckRow<Id> & { severity?: Severity }>;
  unknown: Array<CheckRow<Id>>;
  /** What the user supplied for every row (--approved-models). */
  inputs?: CheckInputs;
}

export function checkTable<M extends MessageTemplates>(
  check: AnyCheck<M>,
  table: CheckTable<MessageId<M>>,
): void {
  describe(check.id, () => {
    it("has complete metadata", () => {
      expect(check.title.length).toBeGreaterThan(10);
      expect(check.remediation.text.length).toBeGreaterThan(20);
      for (const framework of ["nist-800-53-r5", "hipaa", "gdpr", "soc2"] as const) {
        expect(check.compliance[framework]?.length, framework).toBeGreaterThan(0);
      }
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
      expect(table.unknown.length).toBeGreaterThan(0);
      expect(Object.keys(check.messages).length).toBeGreaterThan(0);
      for (const id of Object.keys(BUILT_IN_MESSAGES))
        expect(Object.hasOwn(check.messages, id), id).toBe(false);
    });

    const graphFor = (asset: Asset, neighbours: Asset[] = []) => new AssetGraph([asset, ...neighbours]);
    const inputsOf = (row: CheckRow) => row.inputs ?? table.inputs ?? {};
    const run = (row: CheckRow): CheckOutcome =>
      check.evaluate(row.asset, graphFor(row.asset, row.neighbours), inputsOf(row));

    // Every template is then checked against real data at least once: no message ships with a broken placeholder.
    it("exercises every message it declares", () => {
      const produced = new Set(
        [...table.valid, ...table.invalid, ...table.unknown].map((row) => run(row).messageId),
      );
      expect(Object.keys(check.messages).filter((id) => !produced.has(id))).toEqual([]);
    });

    for (const row of table.valid) {
      it(`passes: ${row.name}`, () => {
        const outcome = run(row);
        expect(outcome.status, messageOf(check, outcome)).toBe("pass");
        expectMessage(check, row, outcome);
      });
    }
    for (const row of table.invalid) {
      it(`fails: ${row.name}`, () => {
        const outcome = run(row);
        expect(outcome.status, messageOf(check, outcome)).toBe("fail");
        expectMessage(check, row, outcome);
        if (row.severity) {
          const [finding] = evaluateAssets(
            [row.asset, ...(row.neighbours ?? [])],
            [check],
            inputsOf(row),
          ).filter((f) => f.resource.id === row.asset.id);
          expect(finding?.severity).toBe(row.severity);
        }
      });
    }
    for (const row of table.unknown) {
      it(`is unknown: ${row.name}`, () => {
        const outcome = run(row);
        expect(outcome.status, messageOf(check, outcome)).toBe("unknown");
        expectMessage(check, row, outcome);
      });
    }
  });
}

/** The expected id and data, and a message whose every placeholder has a value. */
function expectMessage(check: AnyCheck, row: CheckRow, outcome: CheckOutcome): void {
  const message = messageOf(check, outcome);
  expect(outcome.messageId, message).toBe(row.messageId);
  if (row.data !== undefined) expect(outcome.data, message).toMatchObject(row.data);
  const builtIn: Readonly<Record<string, string>> = BUILT_IN_MESSAGES;
  const template = Object.hasOwn(check.messages, outcome.messageId)
    ? check.messages[outcome.messageId]
    : builtIn[outcome.messageId];
  expect(template, `message id "${outcome.messageId}" is not declared`).toBeTypeOf("string");
  expect(
    missingPlaceholders(template ?? "", outcome.data),
    `placeholders without data in "${template}"`,
  ).toEqual([]);
}

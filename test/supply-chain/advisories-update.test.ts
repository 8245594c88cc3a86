import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync, strToU8 } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { advisoryStatus } from "../../cli/commands/advisories.js";
import { findAdvisories } from "../../src/supply-chain/advisories.js";
import {
  activeAdvisoryDatabase,
  readSnapshotFile,
  resetActiveAdvisoryDatabase,
} from "../../src/supply-chain/advisory-database.js";
import { importedSnapshotPath } from "../../src/supply-chain/data-dir.js";
import { advisoryWarnings } from "../../src/supply-chain/staleness.js";
import { InputError } from "../../src/model/input-error.js";
import { importOsvExport } from "../../src/supply-chain/osv-import.js";
import { osv } from "./osv-fixtures.js";

const TODAY = new Date("2026-12-07T12:00:00Z");

/** An OSV export as osv.dev lays it out: one <ID>.json per record, AI and non-AI packages, other ecosystems. */
function exportRecords() {
  return [
    osv("GHSA-vllm-0001", "vllm", [[{ introduced: "0.6.5" }, { fixed: "0.8.5" }]], {
      modified: "2026-11-30T10:00:00Z",
      database_specific: { severity: "CRITICAL" },
    }),
    osv("PYSEC-2026-1", "Torch", [[{ introduced: "0" }, { fixed: "2.10.0" }]], {
      modified: "2026-11-02T00:00:00Z",
    }),
    osv("PYSEC-2026-2", "django", [[{ introduced: "0" }, { fixed: "5.0.0" }]]),
    {
      ...osv("GHSA-npm-0001", "left-pad", [[{ introduced: "0" }]]),
      affected: [{ package: { ecosystem: "npm", name: "left-pad" } }],
    },
    osv("GHSA-gone-0001", "torch", [[{ introduced: "0" }]], { withdrawn: "2026-01-01T00:00:00Z" }),
  ];
}

let work: string;
let target: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "aiposture-osv-"));
  target = join(work, "data", "advisories", "osv-pypi-ai.json");
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

function writeDirectory(records: unknown[], extra: Record<string, string> = {}): string {
  const dir = join(work, "export");
  mkdirSync(join(dir, "nested"), { recursive: true });
  for (const record of records as Array<{ id: string }>)
    writeFileSync(join(dir, "nested", `${record.id}.json`), JSON.stringify(record));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("advisories update --from DIR|ZIP", () => {
  it("imports a directory export: validated, trimmed to the AI stack's PyPI records, dated by the newest record", () => {
    const result = importOsvExport(writeDirectory(exportRecords()), target, TODAY);
    expect(result).toMatchObject({ read: 5, kept: 2, asOf: "2026-11-30", packages: { vllm: 1, torch: 1 } });
    const db = readSnapshotFile(target, "imported");
    expect(db.records.map((r) => r.id)).toEqual(["GHSA-vllm-0001", "PYSEC-2026-1"]);
    expect(findAdvisories("vllm", "0.7.0", db)).toMatchObject({
      status: "judged",
      advisories: [{ id: "GHSA-vllm-0001", severity: "critical", fixedVersion: "0.8.5" }],
    });
    // The export covers all of PyPI: a package with no record there is judged clear, not unknown.
    expect(findAdvisories("safetensors", "0.4.0", db)).toMatchObject({ status: "judged", advisories: [] });
    expect(advisoryStatus(db, TODAY)).toMatchObject({
      origin: "imported",
      asOf: "2026-11-30",
      ageDays: 7,
      records: 2,
    });
    expect(advisoryStatus(db, TODAY).warning).toBeUndefined();
  });

  it("imports the same export as a .zip", () => {
    const files = Object.fromEntries(
      exportRecords().map((r) => [`PyPI/${r.id}.json`, strToU8(JSON.stringify(r))]),
    );
    const zip = join(work, "all.zip");
    writeFileSync(zip, zipSync({ ...files, "README.txt": strToU8("not a record") }));
    expect(importOsvExport(zip, target, TODAY)).toMatchObject({ read: 5, kept: 2 });
  });

  it("refuses a malformed export with the file and field named, and keeps the current snapshot", () => {
    importOsvExport(writeDirectory(exportRecords()), target, TODAY);
    const before = readFileSync(target, "utf8");
    const bad = {
      ...exportRecords()[0],
      id: "GHSA-bad-0001",
      affected: [
        {
          package: { ecosystem: "PyPI", name: "torch" },
          ranges: [{ type: "ECOSYSTEM", events: [{ fixd: "1.0" }] }],
        },
      ],
    };
    const dir = writeDirectory([...exportRecords(), bad], { "broken.json": "{ not json" });
    let error: unknown;
    try {
      importOsvExport(dir, target, TODAY);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/2 malformed OSV record/);
    expect((error as Error).message).toMatch(/broken\.json: not JSON/);
    expect((error as Error).message).toMatch(/GHSA-bad-0001\.json: affected\[0\]\.ranges\[0\]\.events\[0\]/);
    expect(readFileSync(target, "utf8")).toBe(before);
    expect(readdirSync(join(work, "data", "advisories"))).toEqual(["osv-pypi-ai.json"]);
  });

  it("refuses an export with no PyPI record, a missing path and a file that is not a zip", () => {
    const npmOnly = exportRecords().slice(3, 4);
    expect(() => importOsvExport(writeDirectory(npmOnly), target, TODAY)).toThrow(
      /no record affects a PyPI package/,
    );
    expect(() => importOsvExport(join(work, "missing"), target, TODAY)).toThrow(/no such file or directory/);
    const text = join(work, "export.txt");
    writeFileSync(text, "hello");
    expect(() => importOsvExport(text, target, TODAY)).toThrow(/neither a directory nor a \.zip/);
    expect(() => readdirSync(join(work, "data"))).toThrow();
  });

  it("warns in status when the snapshot is older than 30 days", () => {
    importOsvExport(writeDirectory(exportRecords()), target, TODAY);
    const db = readSnapshotFile(target, "imported");
    expect(advisoryStatus(db, new Date("2026-12-30T00:00:00Z")).warning).toBeUndefined();
    expect(advisoryStatus(db, new Date("2027-01-01T00:00:00Z")).warning).toMatch(
      /32 days old .*advisories update/,
    );
  });
});

describe("the active snapshot", () => {
  const saved = process.env["AIPOSTURE_DATA_DIR"];
  afterEach(() => {
    if (saved === undefined) delete process.env["AIPOSTURE_DATA_DIR"];
    else process.env["AIPOSTURE_DATA_DIR"] = saved;
    resetActiveAdvisoryDatabase();
  });

  it("is the imported one when there is one, else the packaged one", () => {
    process.env["AIPOSTURE_DATA_DIR"] = join(work, "data");
    resetActiveAdvisoryDatabase();
    expect(activeAdvisoryDatabase().origin).toBe("packaged");
    importOsvExport(writeDirectory(exportRecords()), importedSnapshotPath(), TODAY);
    resetActiveAdvisoryDatabase();
    expect(activeAdvisoryDatabase()).toMatchObject({ origin: "imported", asOf: "2026-11-30" });
  });

  it("refuses a damaged imported snapshot with what to do, and every report then says no version is judged", () => {
    process.env["AIPOSTURE_DATA_DIR"] = join(work, "data");
    mkdirSync(join(work, "data", "advisories"), { recursive: true });
    writeFileSync(importedSnapshotPath(), '{"format": "something else"}');
    resetActiveAdvisoryDatabase();
    expect(() => activeAdvisoryDatabase()).toThrow(InputError);
    expect(() => activeAdvisoryDatabase()).toThrow(/format: .*advisories update --from/);
    expect(advisoryWarnings(TODAY)).toEqual([
      expect.stringMatching(/cannot be read, so no package version is judged/),
    ]);
  });
});

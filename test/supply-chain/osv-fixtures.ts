// Small OSV records and snapshots for the supply-chain tests.
import { indexSnapshot } from "../../src/supply-chain/advisory-database.js";
import type { AdvisorySnapshot, OsvRecord } from "../../src/supply-chain/osv/schema.js";

type Events = Array<
  Record<"introduced" | "fixed" | "last_affected" | "limit", string> | { [k: string]: string }
>;

export function osv(id: string, pkg: string, ranges: Events[], extra: Partial<OsvRecord> = {}): OsvRecord {
  return {
    id,
    modified: "2026-01-02T03:04:05Z",
    affected: [
      {
        package: { ecosystem: "PyPI", name: pkg },
        ranges: ranges.map((events) => ({ type: "ECOSYSTEM" as const, events: events as never })),
      },
    ],
    ...extra,
  };
}

export function snapshot(records: OsvRecord[], packages: string[], asOf = "2026-12-01"): AdvisorySnapshot {
  return {
    format: "aiposture-osv-snapshot/1",
    asOf,
    generated: asOf,
    packages,
    sources: [{ name: "test", asOf }],
    vulnerabilities: records,
  };
}

export function database(records: OsvRecord[], packages: string[], asOf?: string) {
  return indexSnapshot(snapshot(records, packages, asOf), "packaged", "test");
}

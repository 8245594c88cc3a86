// `aiposture advisories`: which OSV snapshot judges package versions (status), and replacing it offline with an
// OSV export the user downloaded (update --from). The package's own snapshot is never written.
import {
  activeAdvisoryDatabase,
  resetActiveAdvisoryDatabase,
  type AdvisoryDatabase,
} from "../../src/supply-chain/advisory-database.js";
import { importedSnapshotPath } from "../../src/supply-chain/data-dir.js";
import { importOsvExport } from "../../src/supply-chain/osv-import.js";
import { snapshotAgeDays, staleSnapshotWarning, STALE_AFTER_DAYS } from "../../src/supply-chain/staleness.js";
import { EXIT } from "../exit-codes.js";
import type { Io } from "./scan.js";

export function runAdvisoryStatus(flags: { format: "text" | "json" }, io: Io): number {
  const status = advisoryStatus(activeAdvisoryDatabase(), new Date());
  io.stdout(flags.format === "json" ? JSON.stringify(status, null, 2) + "\n" : renderStatus(status));
  return EXIT.ok;
}

export function runAdvisoryUpdate(flags: { from: string }, io: Io): number {
  const result = importOsvExport(flags.from, importedSnapshotPath(), new Date());
  resetActiveAdvisoryDatabase();
  const packages = Object.entries(result.packages)
    .map(([name, count]) => `${name} ${count}`)
    .join(", ");
  io.stdout(
    `Imported ${result.kept} advisories of the AI stack (of ${result.read} records read), as of ${result.asOf}, into ${result.path}\n` +
      (packages ? `  ${packages}\n` : ""),
  );
  return EXIT.ok;
}

export interface AdvisoryStatus {
  origin: AdvisoryDatabase["origin"];
  path: string;
  asOf: string;
  ageDays: number;
  staleAfterDays: number;
  warning?: string;
  records: number;
  sources: AdvisoryDatabase["sources"];
  packages: Record<string, number>;
}

export function advisoryStatus(db: AdvisoryDatabase, now: Date): AdvisoryStatus {
  const packages = Object.fromEntries(
    [...db.packages].sort().map((name) => [name, db.byPackage.get(name)?.length ?? 0]),
  );
  const warning = staleSnapshotWarning(db, now);
  return {
    origin: db.origin,
    path: db.path,
    asOf: db.asOf,
    ageDays: snapshotAgeDays(db.asOf, now),
    staleAfterDays: STALE_AFTER_DAYS,
    ...(warning ? { warning } : {}),
    records: db.records.length,
    sources: db.sources,
    packages,
  };
}

function renderStatus(status: AdvisoryStatus): string {
  const lines = [
    `Advisory snapshot (${status.origin}): ${status.path}`,
    `  as of ${status.asOf} (${status.ageDays} days old), ${status.records} records`,
    ...status.sources.map((s) => `  source: ${s.name}, as of ${s.asOf}`),
    `  packages: ${Object.entries(status.packages)
      .map(([name, count]) => `${name} ${count}`)
      .join(", ")}`,
  ];
  if (status.warning) lines.push(`warning: ${status.warning}`);
  return lines.join("\n") + "\n";
}

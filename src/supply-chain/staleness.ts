// Advisories age: a snapshot whose sources end more than STALE_AFTER_DAYS ago misses what was published since,
// so a "clear" verdict from it means less. Every report carries this warning until the snapshot is refreshed.
import { activeAdvisoryDatabase, type AdvisoryDatabase } from "./advisory-database.js";

export const STALE_AFTER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export function snapshotAgeDays(asOf: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${asOf}T00:00:00Z`)) / DAY_MS);
}

/** The warning for a report, or undefined while the snapshot is fresh. */
export function staleSnapshotWarning(
  db: Pick<AdvisoryDatabase, "asOf" | "origin">,
  now: Date,
): string | undefined {
  const age = snapshotAgeDays(db.asOf, now);
  if (age <= STALE_AFTER_DAYS) return undefined;
  return `The ${db.origin} advisory snapshot is ${age} days old (as of ${db.asOf}): advisories published since are not judged. Import a current OSV export with \`aiposture advisories update --from <dir|zip>\`.`;
}

/** The warnings every report carries about the advisory snapshot: too old, or unreadable. */
export function advisoryWarnings(now: Date): string[] {
  let db: AdvisoryDatabase;
  try {
    db = activeAdvisoryDatabase();
  } catch (error) {
    return [
      `The advisory snapshot cannot be read, so no package version is judged: ${(error as Error).message}`,
    ];
  }
  const stale = staleSnapshotWarning(db, now);
  return stale ? [stale] : [];
}

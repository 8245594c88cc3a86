// The OSV record format (https://ossf.github.io/osv-schema/), as the GitHub Advisory Database, the PyPA Advisory
// Database and osv.dev publish it: the fields aiposture reads are validated, the rest is kept as it came.
import { z } from "zod";

const event = z.union([
  z.strictObject({ introduced: z.string().min(1) }),
  z.strictObject({ fixed: z.string().min(1) }),
  z.strictObject({ last_affected: z.string().min(1) }),
  z.strictObject({ limit: z.string().min(1) }),
]);

const range = z.looseObject({
  type: z.enum(["ECOSYSTEM", "SEMVER", "GIT"]),
  events: z.array(event).min(1),
});

const affected = z.looseObject({
  package: z.looseObject({
    ecosystem: z.string().min(1),
    name: z.string().min(1),
    purl: z.string().optional(),
  }),
  ranges: z.array(range).optional(),
  versions: z.array(z.string()).optional(),
});

export const osvSeverity = z.looseObject({
  type: z.string().min(1),
  score: z.string().min(1),
});

export const osvRecord = z.looseObject({
  schema_version: z.string().optional(),
  id: z.string().min(1),
  modified: z.iso.datetime({ offset: true }),
  published: z.iso.datetime({ offset: true }).optional(),
  withdrawn: z.iso.datetime({ offset: true }).optional(),
  aliases: z.array(z.string()).optional(),
  summary: z.string().optional(),
  details: z.string().optional(),
  affected: z.array(affected).optional(),
  severity: z.array(osvSeverity).optional(),
  references: z.array(z.looseObject({ type: z.string(), url: z.string() })).optional(),
  database_specific: z.record(z.string(), z.unknown()).optional(),
});

export type OsvRecord = z.infer<typeof osvRecord>;
export type OsvEvent = z.infer<typeof event>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD");

/** The file aiposture ships and `advisories update` writes: OSV records plus what they cover and as of when. */
export const advisorySnapshot = z.strictObject({
  format: z.literal("aiposture-osv-snapshot/1"),
  /** The newest date the sources are complete to: a snapshot older than the staleness limit warns. */
  asOf: isoDate,
  generated: isoDate,
  /** PyPI packages whose advisories the sources were read for; a package not listed cannot be judged clear. */
  packages: z.array(z.string().min(1)).min(1),
  sources: z.array(z.looseObject({ name: z.string().min(1), asOf: isoDate })).min(1),
  vulnerabilities: z.array(osvRecord),
});

export type AdvisorySnapshot = z.infer<typeof advisorySnapshot>;

/** "affected[2].ranges[0].events[1]: …" for the first problems zod found. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  return error.issues
    .slice(0, limit)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join("; ");
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : `${out ? "." : ""}${String(part)}`;
  return out || "(record)";
}

// A compliance framework as data: its controls (id, title) and which checks evidence each one.
// Two ways to map: frameworks whose ids the checks already carry in their compliance map (`checkMapKey`:
// NIST 800-53, HIPAA, GDPR, SOC 2) take their mapping from there; every other framework maps its controls
// here, by check id or id glob, each mapping with the reason and source it rests on.
import { z } from "zod";

const mappingSchema = z.object({
  /** Check ids or globs (`storage.public-*`). */
  checks: z.array(z.string().min(1)).min(1),
  /** Why these checks evidence the control, and where the control's text says so. */
  source: z.string().min(1),
});

/** Why no check evidences a control: outside what aiposture reads, or a gap still to close. */
const gapSchema = z.object({
  status: z.enum(["not-applicable", "not-covered"]),
  reason: z.string().min(1),
});

const controlSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  mappings: z.array(mappingSchema).optional(),
  gap: gapSchema.optional(),
  /**
   * A control from outside this benchmark (same catalogue, another standard) that aiposture answers for the
   * same AI resources: shown in the framework view and in docs/coverage.md, left out of the benchmark's counts.
   */
  related: z.boolean().optional(),
});

/** Controls of the benchmark this file does not list yet, and why (e.g. their titles are not verified). */
const unlistedSchema = z.object({ ids: z.string().min(1), reason: z.string().min(1) });

/**
 * A cloud's own benchmark, whose coverage docs/coverage.md reports: every control either maps to checks or
 * says why not (`gap`).
 */
const benchmarkSchema = z.object({
  /** Where the control ids and titles were read. */
  source: z.string().min(1),
  unlisted: z.array(unlistedSchema).optional(),
});

export const frameworkSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  version: z.string().min(1),
  /** Where the framework's own text is published. */
  url: z.url(),
  /** Former ids of this framework, still accepted wherever a framework is named (`--compliance`). */
  aliases: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
  /** The key in the checks' compliance maps, when the mapping lives with the checks. */
  checkMapKey: z.string().optional(),
  /** Read once for every mapping of a checkMapKey framework. */
  mappingSource: z.string().optional(),
  benchmark: benchmarkSchema.optional(),
  controls: z.array(controlSchema).min(1),
});

export type FrameworkDefinition = z.infer<typeof frameworkSchema>;
export type FrameworkControl = z.infer<typeof controlSchema>;
export type ControlGap = z.infer<typeof gapSchema>;

/** Validated at load, so a typo in a framework file names the file and field instead of mapping nothing. */
export function defineFramework(definition: FrameworkDefinition): FrameworkDefinition {
  const parsed = frameworkSchema.safeParse(definition);
  if (!parsed.success)
    throw new Error(`framework ${definition.id}: ${z.prettifyError(parsed.error).replace(/\n/g, "; ")}`);
  const ids = new Set<string>();
  for (const control of parsed.data.controls) {
    if (ids.has(control.id))
      throw new Error(`framework ${definition.id}: control ${control.id} listed twice`);
    ids.add(control.id);
    if (control.gap && control.mappings?.length)
      throw new Error(`framework ${definition.id}: control ${control.id} has both mappings and a gap`);
    if (parsed.data.benchmark && !control.gap && !control.mappings?.length)
      throw new Error(
        `framework ${definition.id}: control ${control.id} maps no check and gives no gap (not-applicable / not-covered with a reason)`,
      );
  }
  return parsed.data;
}

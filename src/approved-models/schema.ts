// The approved-models file format (docs/approved-models.md), validated with zod. Unknown fields are refused so a
// typo (`version:` for `versions:`) cannot silently approve every version.
import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");
// YAML reads an unquoted version such as 2024-08-06 as a date and 1 as a number: take them back as written.
const version = z.union([
  text,
  z.number().transform(String),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

export const approvedModelSchema = z.strictObject({
  /** Glob on the model name. */
  name: text,
  versions: z.array(version).min(1, "list at least one version, or leave versions out for any").optional(),
  format: text.optional(),
  publisher: text.optional(),
  registry: text.optional(),
});

export const approvedModelsFileSchema = z.strictObject({
  version: z.literal(1).optional(),
  models: z.array(approvedModelSchema),
  /** Azure ML registry names (globs) deployments may take models from. */
  registries: z.array(text).optional(),
});

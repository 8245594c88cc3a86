// A service's estate section, declared next to its schema in the service's emulator folder. The account
// (subscription) schema is composed from every section at run time, so a handler reads its own part through
// `of()`, which restores the type the composition cannot know.
import type { z, ZodType } from "zod";
import type { ArmResourceType, EstateSection } from "../types.js";

export function estateSection<S extends ZodType>(
  key: string,
  schema: S,
  options: { scope?: "account" | "aws"; resourceType?: ArmResourceType } = {},
): EstateSection<z.output<S>> {
  return {
    key,
    schema,
    ...options,
    // The composed schema validated this key with `schema`, so its output has this type.
    of: (owner) => (owner as Record<string, unknown>)[key] as z.output<S>,
  };
}

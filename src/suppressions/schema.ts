// The suppressions file format, validated with zod. Each entry accepts a known risk for a while: who, why,
// until when. Unknown fields are refused so a typo (`expiry:`) cannot silently make an entry permanent.
import { z } from "zod";

const text = z.string().trim().min(1, "must not be empty");

/** YYYY-MM-DD, or a full ISO 8601 time with a zone (Z or ±hh:mm). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** When an `expires` value stops suppressing: a date suppresses through that whole day (UTC). */
export function expiryInstant(expires: string): Date | undefined {
  if (ISO_DATE.test(expires)) {
    const day = new Date(`${expires}T00:00:00Z`);
    // Date() rolls 2025-02-30 over to March; a real date round-trips.
    if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== expires) return undefined;
    return new Date(day.getTime() + 24 * 3600 * 1000);
  }
  if (ISO_TIME.test(expires)) {
    const at = new Date(expires);
    return Number.isNaN(at.getTime()) ? undefined : at;
  }
  return undefined;
}

// YAML reads an unquoted 12-digit account id as a number; accept it when it is still 12 digits
// (a leading zero would have been lost, so that case is refused with a hint).
const account = z.union([
  text,
  z
    .number()
    .int()
    .refine((n) => String(n).length === 12, 'quote the account id (e.g. account: "011122223333")')
    .transform(String),
]);

const tagValue = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const suppressionEntrySchema = z.strictObject({
  /** Check id or glob, e.g. storage.public-read or storage.*. */
  checkId: text,
  /** Glob on the resource id (ARN / ARM id) or on its name. */
  resource: text,
  account: account.optional(),
  /** Region glob. */
  region: text.optional(),
  /** Every listed tag must be on the resource with a matching value (glob). */
  tags: z.record(z.string(), tagValue).optional(),
  reason: text,
  owner: text,
  expires: z
    .union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))])
    .refine(
      (value) => expiryInstant(value) !== undefined,
      "expected an ISO date (YYYY-MM-DD) or date-time with a zone",
    ),
});

export const suppressionsFileSchema = z.strictObject({
  version: z.literal(1).optional(),
  suppressions: z.array(suppressionEntrySchema),
});

export type SuppressionEntryInput = z.output<typeof suppressionEntrySchema>;

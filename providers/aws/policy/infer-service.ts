// When the caller does not say whose policy this is (e.g. `aiposture policy FILE`), infer it from what the
// statements act on: S3-only rules (access point name wildcards) must apply to a bucket policy pasted alone.
import type { ParsedStatement } from "./parse.js";
import type { PolicyService } from "./types.js";

export function inferService(statements: readonly ParsedStatement[]): PolicyService {
  const prefixes = new Set<string>();
  for (const statement of statements) {
    for (const pattern of [...statement.actions.patterns, ...statement.resources.patterns]) {
      const lower = pattern.toLowerCase();
      if (lower.startsWith("s3:") || lower.startsWith("arn:aws:s3:") || /^arn:aws[a-z-]*:s3:/.test(lower))
        prefixes.add("s3");
      else if (lower.startsWith("es:") || /^arn:aws[a-z-]*:es:/.test(lower)) prefixes.add("es");
      else if (lower !== "*") prefixes.add("other");
    }
  }
  return prefixes.size === 1 && !prefixes.has("other") ? ([...prefixes][0] as PolicyService) : "generic";
}

// A finding's control ids in every framework: the check's own map plus the framework files' globs,
// flattened to "framework:control" for formats that carry one list (SARIF tags, ASFF RelatedRequirements).
import { complianceForCheck } from "../../compliance/view.js";
import type { Finding } from "../../model/finding.js";

const cache = new Map<string, Record<string, string[]>>();

export function findingCompliance(finding: Finding): Record<string, string[]> {
  const key = `${finding.checkId}\u0000${JSON.stringify(finding.compliance)}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = complianceForCheck({ id: finding.checkId, compliance: finding.compliance });
    cache.set(key, hit);
  }
  return hit;
}

export function flatRequirements(finding: Finding): string[] {
  return Object.entries(findingCompliance(finding)).flatMap(([framework, ids]) =>
    ids.map((id) => `${framework}:${id}`),
  );
}

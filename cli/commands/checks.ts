import type { AnyCheck } from "../../src/model/check.js";

export function checksAsJson(checks: readonly AnyCheck[]) {
  return checks.map((c) => ({
    id: c.id,
    title: c.title,
    severity: c.severity,
    category: c.category,
    kind: c.kind,
    providers: c.providers ?? ["aws", "azure"],
    compliance: c.compliance,
  }));
}

export function renderChecksText(checks: readonly AnyCheck[]): string {
  const lines = checks.map(
    (c) => `${c.id.padEnd(40)} ${c.severity.padEnd(8)} ${c.category.padEnd(11)} ${c.title}`,
  );
  return `${"ID".padEnd(40)} ${"SEVERITY".padEnd(8)} ${"CATEGORY".padEnd(11)} TITLE\n${lines.join("\n")}\n`;
}

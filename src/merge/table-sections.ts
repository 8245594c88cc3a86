// What the terminal table shows of the merge: a marker naming a finding's sources when they are not just
// aiposture, and one section saying what the native sources gave and where they could not be read.
import type { Finding, Report } from "../model/finding.js";
import { NATIVE_SOURCE_NAMES } from "../model/native-finding.js";

/** "[aiposture+guardduty] " on a folded finding, "[guardduty] " on a kept one, "[under attack] " if escalated. */
export function nativeMarker(finding: Finding): string {
  const marks: string[] = [];
  if (finding.sources.length !== 1 || finding.sources[0] !== "aiposture")
    marks.push(finding.sources.join("+"));
  if (finding.escalated) marks.push("under attack");
  return marks.map((m) => `[${m}] `).join("");
}

export function nativeSections(report: Report): string[] {
  const native = report.native;
  if (!native) return [];
  const lines = [
    "",
    `NATIVE FINDINGS: ${native.read} read; ${native.folded} folded, ${native.escalated} escalated, ${native.kept} kept` +
      (native.omitted > 0 ? `, ${native.omitted} on other resources (--all-native)` : "") +
      (native.inactive > 0 ? `, ${native.inactive} archived/resolved` : ""),
  ];
  let quiet = 0;
  for (const status of native.sources) {
    if (status.state === "read") continue;
    // Off where aiposture found no AI assets: not a gap (the posture checks pass there), only counted.
    if (status.state === "not-enabled" && status.aiAssets === 0) {
      quiet += 1;
      continue;
    }
    const where = [status.account, status.region === "global" ? "" : status.region].filter(Boolean).join(" ");
    lines.push(`  ${where} ${NATIVE_SOURCE_NAMES[status.source]}: ${status.state} (${status.detail})`);
  }
  if (quiet > 0) lines.push(`  ${quiet} more scope(s) without a native source hold no AI assets`);
  return lines;
}

// The advisory table aiposture judges ML framework versions with: critical advisories only (CVSS 9.0 or above
// from the source named in `severitySource`), for the frameworks listed in TRACKED_FRAMEWORKS. A framework
// version that no entry covers is judged clear only for a tracked framework; anything else is "cannot judge".
//
// Reviewing the table: re-read each tracked framework's advisories (GitHub Advisory Database, NVD) for new
// critical entries, add them with a source, and move REVIEWED. Entries are never removed, only corrected.

export interface AffectedRange {
  /** First affected version, inclusive; "0" for every version before `fixed`. */
  introduced: string;
  /** First version with the fix. */
  fixed: string;
}

export interface Advisory {
  /** CVE id, the key shown in findings. */
  id: string;
  aliases: string[];
  /** Framework name as image parsing names it: "pytorch", "tensorflow", "transformers". */
  framework: TrackedFramework;
  /** Python package the advisory is filed against. */
  package: string;
  summary: string;
  severity: "critical";
  /** Who rated it critical, and the score. */
  severitySource: string;
  /** Affected version ranges; a version in any of them is affected. */
  affected: AffectedRange[];
  /** Lowest version that fixes every range (what to upgrade to). */
  fixedVersion: string;
  source: string;
}

/** Frameworks whose critical advisories were reviewed in full: a version outside every range is judged clear. */
export const TRACKED_FRAMEWORKS = ["pytorch", "tensorflow", "transformers"] as const;
export type TrackedFramework = (typeof TRACKED_FRAMEWORKS)[number];

/** When the table was last checked against its sources (ISO date). */
export const REVIEWED = "2026-11-26";

export const ADVISORIES: readonly Advisory[] = [
  {
    id: "CVE-2025-32434",
    aliases: ["GHSA-53q9-r3pm-6pq6"],
    framework: "pytorch",
    package: "torch",
    summary: "torch.load with weights_only=True still executes code from a crafted model file (RCE)",
    severity: "critical",
    severitySource: "GitHub (CVSS 4.0 9.3)",
    affected: [{ introduced: "0", fixed: "2.6.0" }],
    fixedVersion: "2.6.0",
    source: "https://github.com/advisories/GHSA-53q9-r3pm-6pq6",
  },
  {
    id: "CVE-2022-45907",
    aliases: ["GHSA-47fc-vmwq-366v"],
    framework: "pytorch",
    package: "torch",
    summary: "torch.jit.annotations.parse_type_line evaluates input with eval (arbitrary code execution)",
    severity: "critical",
    severitySource: "GitHub (CVSS 3.1 9.8)",
    affected: [{ introduced: "0", fixed: "1.13.1" }],
    fixedVersion: "1.13.1",
    source: "https://github.com/advisories/GHSA-47fc-vmwq-366v",
  },
  {
    id: "CVE-2023-25668",
    aliases: ["GHSA-gw97-ff7c-9v96"],
    framework: "tensorflow",
    package: "tensorflow",
    summary: "heap out-of-bounds read in QuantizeAndDequantize operations (crash or code execution)",
    severity: "critical",
    severitySource: "GitHub (CVSS 3.1 9.8)",
    affected: [{ introduced: "0", fixed: "2.11.1" }],
    fixedVersion: "2.11.1",
    source: "https://github.com/advisories/GHSA-gw97-ff7c-9v96",
  },
  {
    id: "CVE-2023-6730",
    aliases: [],
    framework: "transformers",
    package: "transformers",
    summary: "pickle deserialization of untrusted data (RagRetriever, TransfoXL tokenizer) executes code",
    severity: "critical",
    severitySource: "NVD (CNA huntr.dev, CVSS 3.0 9.0)",
    affected: [{ introduced: "0", fixed: "4.36.0" }],
    fixedVersion: "4.36.0",
    source: "https://nvd.nist.gov/vuln/detail/CVE-2023-6730",
  },
  {
    id: "CVE-2024-3568",
    aliases: ["GHSA-37q5-v5qm-c9v8"],
    framework: "transformers",
    package: "transformers",
    summary:
      "TFPreTrainedModel.load_repo_checkpoint unpickles checkpoint data (RCE from a crafted checkpoint)",
    severity: "critical",
    severitySource: "NVD (CNA huntr.dev, CVSS 3.0 9.6; GitHub rates it lower)",
    affected: [{ introduced: "0", fixed: "4.38.0" }],
    fixedVersion: "4.38.0",
    source: "https://nvd.nist.gov/vuln/detail/CVE-2024-3568",
  },
];

/**
 * Advisories looked at in the last review and left out, with the reason, so the next review does not redo the
 * work. A framework version they affect can still be judged clear by this table.
 */
export const REVIEWED_NOT_INCLUDED: ReadonlyArray<{
  id: string;
  framework: TrackedFramework;
  why: string;
  source: string;
}> = [
  {
    id: "CVE-2026-24747",
    framework: "pytorch",
    why: "high, not critical (GitHub CVSS 8.8): weights_only unpickler memory corruption, torch < 2.10.0",
    source: "https://nvd.nist.gov/vuln/detail/CVE-2026-24747",
  },
  {
    id: "CVE-2026-4372",
    framework: "transformers",
    why: "high, not critical (CVSS 7.8): remote code via _attn_implementation_internal, transformers < 5.3.0",
    source: "https://github.com/advisories/GHSA-29pf-2h5f-8g72",
  },
  {
    id: "CVE-2026-5241",
    framework: "transformers",
    why: "GitHub rates it high (8.0) against NVD's 9.6, and GitHub (< 5.5.0) and PyPA (last affected 5.2.0) disagree on the range; LightGlue loading path only",
    source: "https://github.com/advisories/GHSA-fgcw-684q-jj6r",
  },
  {
    id: "CVE-2021-37678",
    framework: "tensorflow",
    why: "GitHub now rates it high (CVSS 3.1, AV:L); Keras YAML model loading, fixed in 2.6.0 and backports",
    source: "https://github.com/advisories/GHSA-r6jx-9g48-2r5r",
  },
];

export function isTrackedFramework(name: string): name is TrackedFramework {
  return (TRACKED_FRAMEWORKS as readonly string[]).includes(name);
}

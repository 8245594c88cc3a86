import { readFileSync } from "node:fs";
import { evaluatePolicy } from "../../providers/aws/policy/index.js";
import { terminalSafe } from "../../src/report/sanitize.js";
import { EXIT } from "../exit-codes.js";

export interface PolicyFileResult {
  file: string;
  public?: boolean;
  read?: boolean;
  write?: boolean;
  reasons?: string[];
  error?: string;
}

/** Evaluates each policy file on its own: one unreadable file does not stop the others. */
export function evaluatePolicyFiles(files: readonly string[]): PolicyFileResult[] {
  return files.map((file) => {
    let text: string;
    try {
      // fd 0 is standard input: `aiposture policy -` reads a policy piped in.
      text = readFileSync(file === "-" ? 0 : file, "utf8");
    } catch (error) {
      return { file, error: `cannot read file (${(error as NodeJS.ErrnoException).code ?? "error"})` };
    }
    const verdict = evaluatePolicy(text);
    if (!verdict.ok) return { file, error: verdict.error };
    return {
      file,
      public: verdict.public,
      read: verdict.read,
      write: verdict.write,
      reasons: verdict.reasons,
    };
  });
}

export function renderPolicyText(results: readonly PolicyFileResult[]): string {
  return results
    .map((r) => {
      if (r.error) return `${terminalSafe(r.file)}: ERROR ${terminalSafe(r.error)}`;
      const access = [r.read ? "read" : "", r.write ? "write" : ""].filter(Boolean).join("+");
      const head = `${terminalSafe(r.file)}: ${r.public ? `PUBLIC (${access || "other"})` : "not public"}`;
      return [head, ...(r.reasons ?? []).map((reason) => `  - ${terminalSafe(reason)}`)].join("\n");
    })
    .join("\n")
    .concat("\n");
}

/** 2 when a file could not be read or parsed, else 1 when one policy is public, else 0. */
export function policyExitCode(results: readonly PolicyFileResult[]): number {
  if (results.some((r) => r.error)) return EXIT.usage;
  return results.some((r) => r.public) ? EXIT.findings : EXIT.ok;
}

import { readFileSync } from "node:fs";
import { evaluatePolicy } from "../../providers/aws/policy/index.js";
import { terminalSafe } from "../../src/report/sanitize.js";

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
      text = readFileSync(file, "utf8");
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

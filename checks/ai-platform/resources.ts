import type { PlatformResourceCounts } from "../../src/model/assets/ai-platform.js";
import { isUnknown } from "../../src/model/known.js";

const LABELS: Record<keyof PlatformResourceCounts, [string, string]> = {
  agents: ["agent", "agents"],
  customModels: ["custom model", "custom models"],
  knowledgeBases: ["knowledge base", "knowledge bases"],
  guardrails: ["guardrail", "guardrails"],
};

/** "2 agents, 1 custom model" — the known, non-zero counts of the given kinds. */
export function describeCounts(
  counts: PlatformResourceCounts,
  kinds: ReadonlyArray<keyof PlatformResourceCounts> = [
    "agents",
    "customModels",
    "knowledgeBases",
    "guardrails",
  ],
): string {
  return kinds
    .flatMap((kind) => {
      const n = counts[kind];
      if (isUnknown(n) || n === 0) return [];
      const [one, many] = LABELS[kind];
      return [`${n} ${n === 1 ? one : many}`];
    })
    .join(", ");
}

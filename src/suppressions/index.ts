// Suppressions: accepted risks with an owner, a reason and an expiry date (docs/suppressions.md).
export { loadSuppressions, parseSuppressions } from "./load.js";
export type { Suppression, SuppressionSet } from "./load.js";
export { applySuppressions } from "./apply.js";
export { entryMatches } from "./match.js";
export type { Tags } from "./match.js";

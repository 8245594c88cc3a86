// npm run docs: regenerate docs/reference.md from the catalogue and the operations lists, and docs/coverage.md
// from the benchmark files.
import { writeFileSync } from "node:fs";
import { coverageMarkdown } from "../src/compliance/coverage.js";
import { CHECKS } from "../wiring/registry.js";
import { referenceMarkdown } from "../wiring/reference.js";

writeFileSync(new URL("../docs/reference.md", import.meta.url), referenceMarkdown());
console.log("docs/reference.md written");
writeFileSync(new URL("../docs/coverage.md", import.meta.url), coverageMarkdown(CHECKS));
console.log("docs/coverage.md written");

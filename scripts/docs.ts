// npm run docs: regenerate docs/reference.md from the catalogue and the operations lists.
import { writeFileSync } from "node:fs";
import { referenceMarkdown } from "../wiring/reference.js";

writeFileSync(new URL("../docs/reference.md", import.meta.url), referenceMarkdown());
console.log("docs/reference.md written");

// npm run checks:index: regenerate checks/index.ts from the check files (test/checks/index.test.ts keeps it fresh).
import { writeFileSync } from "node:fs";
import { checksIndexSource, CHECKS_DIR } from "./checks-index-source.js";

writeFileSync(new URL("index.ts", CHECKS_DIR), checksIndexSource());
console.log("checks/index.ts written");

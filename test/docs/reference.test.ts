import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { referenceMarkdown } from "../../wiring/reference.js";

it("docs/reference.md is in step with the check catalogue and the operations lists (run: npm run docs)", () => {
  const onDisk = readFileSync(new URL("../../docs/reference.md", import.meta.url), "utf8");
  expect(onDisk).toBe(referenceMarkdown());
});

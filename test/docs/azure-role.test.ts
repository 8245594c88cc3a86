import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { regionOf } from "../../wiring/doc-region.js";
import { azureRole } from "../../wiring/registry.js";

it("docs/azure.md shows the custom role `permissions --provider azure` prints (run: npm run docs)", () => {
  const doc = readFileSync(new URL("../../docs/azure.md", import.meta.url), "utf8");
  const block = /```json\n([\s\S]*?)```/.exec(regionOf(doc, "azure-role"))?.[1];
  expect(block).toBeDefined();
  expect(JSON.parse(block as string)).toEqual(azureRole());
});

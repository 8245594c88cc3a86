// The AI-BOM as CycloneDX 1.6: valid against the 1.6 schema (the CycloneDX library's strict JSON validator),
// models and datasets as components, the rest as services, relations as dependencies, findings linked.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { beforeAll, describe, expect, it } from "vitest";
import { runInventory } from "../../cli/commands/inventory.js";

interface CdxRef {
  "bom-ref": string;
  type?: string;
  properties: Array<{ name: string; value: string }>;
}
let text = "";
let bom: {
  components: CdxRef[];
  services: CdxRef[];
  dependencies: Array<{ ref: string; dependsOn: string[] }>;
};

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "aiposture-cdx-")), "bom.cdx.json");
  await runInventory(
    { demo: true, provider: "aws", format: "cyclonedx", output: file, concurrency: 16, maxAttempts: 8 },
    { stdout: () => {}, stderr: () => {}, progress: false },
  );
  text = readFileSync(file, "utf8");
  bom = JSON.parse(text) as typeof bom;
});

describe("inventory --format cyclonedx", () => {
  it("is valid CycloneDX 1.6", async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    expect(await validator.validate(text)).toBeNull();
  });

  it("the validator does reject a broken BOM", async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    const broken = JSON.parse(text) as { components: Array<{ type: string }> };
    broken.components[0]!.type = "llm";
    expect(await validator.validate(JSON.stringify(broken))).not.toBeNull();
  });

  it("lists models and datasets as components and links findings and dependencies", () => {
    expect(bom.components.some((c) => c.type === "machine-learning-model")).toBe(true);
    expect(bom.components.some((c) => c.type === "data")).toBe(true);
    expect(bom.services.length).toBeGreaterThan(0);
    const refs = new Set([...bom.components, ...bom.services].map((c) => c["bom-ref"]));
    for (const dependency of bom.dependencies)
      for (const target of dependency.dependsOn) expect(refs.has(target)).toBe(true);
    expect(bom.dependencies.some((d) => d.dependsOn.length > 0)).toBe(true);
    const linked = [...bom.components, ...bom.services].flatMap((c) =>
      c.properties.filter((p) => p.name === "aiposture:finding:fail"),
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const p of linked) expect(p.value).toMatch(/^[0-9a-f]{24} [a-z-]+\.[a-z-]+$/);
  });
});

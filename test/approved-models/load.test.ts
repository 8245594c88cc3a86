// The approved-models file: what is accepted, and errors that name the file, the line and the field.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadApprovedModels, parseApprovedModels } from "../../src/approved-models/load.js";
import { InputError } from "../../src/model/input-error.js";
import { tempDir } from "../history/helpers.js";

const EXAMPLE = join(import.meta.dirname, "../../mocks/estates/approved-models.example.yaml");

function errorOf(text: string, file = "models.yaml"): string {
  try {
    parseApprovedModels(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error("expected an InputError");
}

describe("parseApprovedModels", () => {
  it("reads the example file", () => {
    const policy = loadApprovedModels(EXAMPLE);
    expect(policy.file).toBe(EXAMPLE);
    expect(policy.models[0]).toEqual({
      format: "OpenAI",
      name: "gpt-4o",
      versions: ["2024-08-06", "2024-11-20"],
    });
    expect(policy.registries).toEqual(["azureml"]);
  });

  it("takes back versions YAML would read as dates or numbers, as written", () => {
    const policy = parseApprovedModels(
      "models:\n  - { name: gpt-4o, versions: [2024-08-06, 3] }\n",
      "m.yaml",
    );
    expect(policy.models[0]?.versions).toEqual(["2024-08-06", "3"]);
    expect(policy.registries).toBeUndefined();
  });

  it("names the line and field of a missing name", () => {
    const text = "models:\n  - { name: gpt-4o }\n  - { format: OpenAI, versions: ['1'] }\n";
    expect(errorOf(text)).toContain("models.yaml:3: models[1].name: required");
  });

  it("refuses unknown fields, so a typo cannot approve every version", () => {
    expect(errorOf("models:\n  - name: gpt-4o\n    version: '2024-08-06'\n")).toMatch(
      /models\.yaml:2: models\[0\]: unknown field\(s\) version/,
    );
  });

  it("refuses an empty version list, a missing model list and a registry that is not text", () => {
    expect(errorOf("models:\n  - { name: gpt-4o, versions: [] }\n")).toContain(
      "models[0].versions: list at least one version",
    );
    expect(errorOf("registries: [azureml]\n")).toContain("models: required");
    expect(errorOf("models: []\nregistries: [{ name: azureml }]\n")).toContain(
      "registries[0]: expected string, got object",
    );
  });

  it("points at YAML syntax errors", () => {
    expect(errorOf("models: [\n")).toMatch(/^models\.yaml:\d+:\d+: YAML syntax error/);
  });

  it("names a file it cannot read", () => {
    const missing = join(tempDir("models"), "missing.yaml");
    expect(() => loadApprovedModels(missing)).toThrow(/missing\.yaml: cannot read approved-models file/);
    const file = join(tempDir("models"), "models.yaml");
    writeFileSync(file, "models: nope\n");
    expect(() => loadApprovedModels(file)).toThrow(/models\.yaml:1: models: expected array, got string/);
  });
});

// Where reports go: --format list with --output-dir, --output FILE with the format from its extension, and
// the contradictions refused with a message naming the flags.
import { describe, expect, it } from "vitest";
import { parseFormats, planOutputs } from "../../cli/commands/report-formats.js";
import { formatForFile } from "../../src/report/formats/index.js";

describe("output planning", () => {
  it.each([
    ["r.sarif", "sarif"],
    ["r.sarif.json", "sarif"],
    ["r.json", "json"],
    ["r.asff.json", "asff"],
    ["r.ocsf.jsonl", "ocsf"],
    ["R.HTML", "html"],
    ["r.csv", "csv"],
    ["r.junit.xml", "junit"],
    ["r.md", "markdown"],
    ["r.bin", undefined],
  ])("%s is %s", (file, format) => expect(formatForFile(file)).toBe(format));

  it("writes one file per format into the folder", () => {
    expect(planOutputs({ format: ["json", "sarif", "html"], outputDir: "reports" })).toEqual([
      { format: "json", file: "reports/aiposture.json" },
      { format: "sarif", file: "reports/aiposture.sarif" },
      { format: "html", file: "reports/aiposture.html" },
    ]);
  });

  it("takes the format from --output's extension, and table on stdout by default", () => {
    expect(planOutputs({ output: "x.sarif" })).toEqual([{ format: "sarif", file: "x.sarif" }]);
    expect(planOutputs({ format: "csv", output: "x.txt.out" })).toEqual([
      { format: "csv", file: "x.txt.out" },
    ]);
    expect(planOutputs({})).toEqual([{ format: "table" }]);
  });

  it("refuses a clash, several formats to one file or to stdout, and an unknown extension", () => {
    expect(() => planOutputs({ format: "sarif", output: "x.html" })).toThrow(
      /--output x.html looks like html but --format is sarif/,
    );
    expect(() => planOutputs({ format: ["json", "csv"], output: "x.json" })).toThrow(
      /several formats: use --output-dir/,
    );
    expect(() => planOutputs({ format: ["json", "csv"] })).toThrow(/add --output-dir/);
    expect(() => planOutputs({ output: "x.bin" })).toThrow(/cannot tell the format/);
    expect(() => planOutputs({ output: "x.json", outputDir: "d" })).toThrow(/choose one/);
  });

  it("parses --format lists and names an unknown format", () => {
    expect(parseFormats("json, SARIF,json")).toEqual(["json", "sarif"]);
    expect(() => parseFormats("json,pdf")).toThrow(/unknown format pdf/);
  });
});

// Azure ML environments against a small advisory database: curated names judged over their whole framework line,
// conda files by their exact pins only.
import { describe, expect, it } from "vitest";
import { condaPins } from "../../src/supply-chain/azure-ml/conda-pins.js";
import { judgeEnvironment } from "../../src/supply-chain/azure-ml/judge-environment.js";
import { database, osv } from "./osv-fixtures.js";

const db = database(
  [
    osv("GHSA-line", "torch", [[{ introduced: "0" }, { fixed: "2.6.0" }]]),
    // Introduced and fixed inside the 2.4 line: whether 2.4 is affected depends on the patch release.
    osv("GHSA-patch", "torch", [[{ introduced: "2.4.1" }, { fixed: "2.4.3" }]]),
  ],
  ["torch", "numpy"],
);
const curated = (name: string) => ({
  id: `azureml://registries/azureml/environments/${name}/versions/3`,
  curated: { registry: "azureml", name, version: "3" },
});

describe("curated environments", () => {
  it("reports an advisory that covers every release of the named line", () => {
    const verdict = judgeEnvironment(curated("acpt-pytorch-2.2-cuda12.1"), db);
    expect(verdict.status).toBe("vulnerable");
    expect(verdict.status === "vulnerable" && verdict.matches.map((m) => m.advisory.id)).toEqual([
      "GHSA-line",
    ]);
  });

  it("stays unknown when the advisory depends on a patch release the name does not give", () => {
    const db24 = database(
      [osv("GHSA-patch", "torch", [[{ introduced: "2.4.1" }, { fixed: "2.4.3" }]])],
      ["torch"],
    );
    const verdict = judgeEnvironment(curated("acpt-pytorch-2.4-cuda12.1"), db24);
    expect(verdict).toMatchObject({ status: "unknown", reason: expect.stringMatching(/patch release/) });
  });

  it("is clear when no advisory touches the line, and unknown for a name outside the table", () => {
    expect(judgeEnvironment(curated("acpt-pytorch-2.8-cuda12.6"), db).status).toBe("clear");
    expect(judgeEnvironment(curated("responsibleai-ubuntu20.04-py38-cpu"), db)).toMatchObject({
      status: "unknown",
      reason: expect.stringMatching(/not in the table/),
    });
  });
});

describe("conda files", () => {
  it("takes pip == pins and full conda = pins, maps conda names to PyPI, and ignores non-AI packages", () => {
    const pins = condaPins(
      [
        "dependencies:",
        "  - python=3.10",
        "  - pytorch=1.13.1=py3.10_cuda11.7_0",
        "  - numpy=1.26",
        "  - pip:",
        "    - transformers[torch]==4.40.0",
        "    - scikit-learn>=1.4",
        "    - azureml-defaults==1.57.0",
      ].join("\n"),
    );
    expect(pins).toEqual({
      pinned: [
        { name: "torch", version: "1.13.1" },
        { name: "transformers", version: "4.40.0" },
      ],
      unpinned: ["numpy=1.26", "scikit-learn>=1.4"],
    });
  });

  it("names what is wrong with a file that is not a conda environment", () => {
    expect(condaPins("name: x")).toEqual({ error: "the conda file has no dependencies list" });
    expect(condaPins("dependencies: [")).toMatchObject({ error: expect.stringMatching(/not valid YAML/) });
  });
});

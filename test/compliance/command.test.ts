// `aiposture compliance` on a saved demo report: every control of every framework, with status and findings.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCompliance } from "../../cli/commands/compliance.js";
import { runDemo } from "../../cli/commands/demo.js";
import { FRAMEWORK_DEFINITIONS } from "../../src/compliance/frameworks/index.js";
import type { FrameworkView } from "../../src/compliance/view.js";
import type { Report } from "../../src/model/finding.js";

let file = "";
let report: Report;

async function run(flags: Parameters<typeof runCompliance>[0]) {
  let out = "";
  const code = await runCompliance(flags, {
    stdout: (t) => void (out += t),
    stderr: () => {},
    progress: false,
  });
  return { code, out };
}

beforeAll(async () => {
  ({ report } = await runDemo(
    { format: "json", failOn: "none", concurrency: 16, maxAttempts: 8 },
    { stdout: () => {}, stderr: () => {}, progress: false },
  ));
  file = join(mkdtempSync(join(tmpdir(), "aiposture-compliance-")), "report.json");
  writeFileSync(file, JSON.stringify(report));
});

describe("aiposture compliance", () => {
  it("--list --format json names every framework", async () => {
    const { out } = await run({ list: true, format: "json" });
    expect((JSON.parse(out) as Array<{ id: string }>).map((f) => f.id)).toEqual(
      FRAMEWORK_DEFINITIONS.map((f) => f.id),
    );
  });

  it.each(FRAMEWORK_DEFINITIONS.map((f) => [f.id, f] as const))(
    "--framework %s lists every control in its file",
    async (id, framework) => {
      const { code, out } = await run({ framework: id, report: file, format: "json" });
      expect(code).toBe(0);
      const view = JSON.parse(out) as FrameworkView;
      expect(view.framework).toBe(id);
      expect(view.controls.map((c) => c.id)).toEqual(framework.controls.map((c) => c.id));
      const ids = new Set(report.findings.map((f) => f.id));
      for (const control of view.controls) {
        expect(["pass", "fail", "unknown", "not-covered"]).toContain(control.status);
        for (const finding of control.findings) expect(ids.has(finding.id)).toBe(true);
        if (control.status === "fail") expect(control.findings.some((f) => f.status === "fail")).toBe(true);
        if (control.status === "not-covered") expect(control.checks).toEqual([]);
      }
    },
  );

  it("on the demo, HIPAA access control fails with the planted public bucket behind it", async () => {
    const view = JSON.parse(
      (await run({ framework: "hipaa", report: file, format: "json" })).out,
    ) as FrameworkView;
    const access = view.controls.find((c) => c.id === "164.312(a)(1)")!;
    expect(access.status).toBe("fail");
    expect(access.findings.some((f) => f.checkId === "storage.public-read" && f.status === "fail")).toBe(
      true,
    );
  });

  it("names an unknown framework and the ones it knows", async () => {
    await expect(run({ framework: "pci", report: file, format: "json" })).rejects.toThrow(
      /--framework pci: unknown; one of nist-800-53-r5/,
    );
  });
});

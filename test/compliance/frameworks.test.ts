// The framework files against the check catalogue: complete (every control id a check carries is listed),
// live (every glob names a real check), and the view's statuses never read silence as compliance.
import { describe, expect, it } from "vitest";
import { FRAMEWORK_DEFINITIONS } from "../../src/compliance/frameworks/index.js";
import { defineFramework } from "../../src/compliance/framework.js";
import { complianceForCheck, frameworkById, frameworkView } from "../../src/compliance/view.js";
import { globMatches } from "../../src/text/glob.js";
import { CHECKS } from "../../wiring/registry.js";
import { hostileReport } from "../report/hostile-report.js";

describe("framework files", () => {
  it.each(FRAMEWORK_DEFINITIONS.filter((f) => f.checkMapKey).map((f) => [f.id, f] as const))(
    "%s lists every control id the checks carry",
    (_, framework) => {
      const listed = new Set(framework.controls.map((c) => c.id));
      const carried = CHECKS.flatMap(
        (check) => (check.compliance as Record<string, string[]>)[framework.checkMapKey!] ?? [],
      );
      expect([...new Set(carried)].filter((id) => !listed.has(id))).toEqual([]);
    },
  );

  it.each(FRAMEWORK_DEFINITIONS.map((f) => [f.id, f] as const))(
    "%s: every mapping names real checks and cites a source",
    (_, framework) => {
      for (const control of framework.controls)
        for (const mapping of control.mappings ?? []) {
          expect(mapping.source.length).toBeGreaterThan(10);
          for (const pattern of mapping.checks)
            expect(
              CHECKS.some((check) => globMatches(pattern, check.id, false)),
              `${control.id}: ${pattern}`,
            ).toBe(true);
        }
    },
  );

  it("covers the frameworks the AI-security buyers ask for, on both clouds", () => {
    const ids = FRAMEWORK_DEFINITIONS.map((f) => f.id);
    for (const id of [
      "nist-800-53-r5",
      "hipaa",
      "gdpr",
      "soc2",
      "cis-aws",
      "cis-azure",
      "nist-ai-rmf",
      "iso-42001",
      "owasp-llm-2025",
      "owasp-ml-2023",
      "mitre-atlas",
      "aws-securityhub-ai-standard",
      "mcsb-v2-ai",
    ])
      expect(ids).toContain(id);
  });

  it("finds a framework by a former id (its alias)", () => {
    expect(frameworkById("aws-ai-security")?.id).toBe("aws-securityhub-ai-standard");
    expect(frameworkById("no-such-framework")).toBeUndefined();
  });

  it("refuses a framework file with a control listed twice or a bad URL, naming the framework", () => {
    const base = {
      id: "x",
      name: "X",
      version: "1",
      url: "https://example.org",
      controls: [{ id: "A", title: "a" }],
    };
    expect(() =>
      defineFramework({ ...base, controls: [...base.controls, { id: "A", title: "again" }] }),
    ).toThrow(/framework x: control A listed twice/);
    expect(() => defineFramework({ ...base, url: "not a url" })).toThrow(/framework x/);
  });
});

describe("the compliance view", () => {
  const report = hostileReport(); // storage.public-read: one fail (aws), one unknown (azure); versioning: pass

  it("fails a control with a failing finding, and lists the finding behind it", () => {
    const view = frameworkView(frameworkById("hipaa")!, report.findings, CHECKS);
    const access = view.controls.find((c) => c.id === "164.312(a)(1)")!;
    expect(access.status).toBe("fail");
    expect(access.findings.map((f) => f.id)).toEqual(expect.arrayContaining(["f1", "f2"]));
    expect(access.sources[0]).toMatch(/compliance map/);
  });

  it("says not covered where no check maps, and unknown where mapped checks saw no resource", () => {
    const view = frameworkView(frameworkById("owasp-llm-2025")!, report.findings, CHECKS);
    expect(view.controls.find((c) => c.id === "LLM09:2025")).toMatchObject({
      status: "not-covered",
      checks: [],
    });
    expect(view.controls.find((c) => c.id === "LLM01:2025")).toMatchObject({
      status: "unknown",
      findings: [],
    });
    expect(view.summary.pass).toBe(0);
  });

  it("passes only on passing evidence, and an unknown outweighs the passes", () => {
    const onlyPass = report.findings.filter((f) => f.status === "pass");
    const fw = frameworkById("aws-securityhub-ai-standard")!;
    expect(frameworkView(fw, onlyPass, CHECKS).controls.find((c) => c.id === "S3.14")!.status).toBe("pass");
    const unknown = report.findings.filter((f) => f.status === "unknown");
    expect(frameworkView(fw, unknown, CHECKS).controls.find((c) => c.id === "S3.2")!.status).toBe("unknown");
  });

  it("gives each check its ids in every framework it evidences", () => {
    const check = CHECKS.find((c) => c.id === "guardrail.prompt-attack-filter")!;
    const ids = complianceForCheck(check);
    expect(ids["owasp-llm-2025"]).toContain("LLM01:2025");
    expect(ids["mitre-atlas"]).toEqual(expect.arrayContaining(["AML.M0015", "AML.M0020"]));
  });
});

// `aiposture compliance`: a framework's controls with pass / fail / unknown / not covered, from a saved JSON
// report (--report) or the built-in demo (--demo); `--list` names the frameworks.
import { readFileSync } from "node:fs";
import { FRAMEWORK_DEFINITIONS } from "../../src/compliance/frameworks/index.js";
import {
  frameworkById,
  frameworkView,
  withFindingChecks,
  type FrameworkView,
} from "../../src/compliance/view.js";
import type { Report } from "../../src/model/finding.js";
import { InputError } from "../../src/model/input-error.js";
import { renderHtml } from "../../src/report/formats/html.js";
import { terminalSafe, truncate } from "../../src/report/sanitize.js";
import { CHECKS } from "../../wiring/registry.js";
import { EXIT } from "../exit-codes.js";
import { runDemo } from "./demo.js";
import type { Io } from "./scan.js";
import { parseJsonReport } from "../../src/report/json.js";

export interface ComplianceFlags {
  framework?: string;
  list?: boolean;
  report?: string;
  demo?: boolean;
  format: "table" | "json" | "html";
}

export async function runCompliance(flags: ComplianceFlags, io: Io): Promise<number> {
  if (flags.list) {
    const list = FRAMEWORK_DEFINITIONS.map((f) => ({
      id: f.id,
      name: f.name,
      version: f.version,
      url: f.url,
      controls: f.controls.length,
    }));
    io.stdout(
      flags.format === "json"
        ? JSON.stringify(list, null, 2) + "\n"
        : list.map((f) => `${f.id.padEnd(16)} ${f.name} (${f.version})`).join("\n") + "\n",
    );
    return EXIT.ok;
  }
  if (!flags.framework) throw new InputError("compliance: give --framework ID (or --list to see them)");
  const framework = frameworkById(flags.framework);
  if (!framework)
    throw new InputError(
      `--framework ${flags.framework}: unknown; one of ${FRAMEWORK_DEFINITIONS.map((f) => f.id).join(", ")}`,
    );
  if (Boolean(flags.report) === Boolean(flags.demo))
    throw new InputError("compliance: give one of --report FILE or --demo");
  const report = flags.report
    ? readReport(flags.report)
    : (
        await runDemo(
          { format: "json", failOn: "none", concurrency: 16, maxAttempts: 8 },
          { ...io, stdout: () => {} },
        )
      ).report;
  if (flags.format === "html") {
    io.stdout(renderHtml(report, { catalogue: CHECKS }));
    return EXIT.ok;
  }
  const view = frameworkView(framework, report.findings, withFindingChecks(CHECKS, report.findings));
  io.stdout(flags.format === "json" ? JSON.stringify(view, null, 2) + "\n" : renderViewTable(view));
  return EXIT.ok;
}

function readReport(file: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(`--report ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const report = parseJsonReport(parsed);
  if (!report)
    throw new InputError(
      `--report ${file}: not an aiposture JSON report (schemaVersion 1 or 2 with findings)`,
    );
  return report;
}

export function renderViewTable(view: FrameworkView, width = 80): string {
  const lines = [
    `${view.name} ${view.version}`,
    `${view.summary.fail} failing, ${view.summary.unknown} unknown, ${view.summary.pass} passing, ${view.summary["not-covered"]} not covered by any check`,
    "",
  ];
  for (const control of view.controls) {
    const counts =
      control.status === "not-covered"
        ? ""
        : ` (${control.counts.fail} fail, ${control.counts.unknown} unknown, ${control.counts.pass} pass)`;
    lines.push(
      truncate(
        terminalSafe(`${control.status.toUpperCase().padEnd(11)} ${control.id}  ${control.title}${counts}`),
        width,
      ),
    );
  }
  return lines.join("\n") + "\n";
}

// Every report format, rendered from the one report model. A new format is one file, one line here and its name in
// names.ts.
import type { Report } from "../../model/finding.js";
import { renderJson } from "../json.js";
import { renderTable } from "../table.js";
import { renderAsff } from "./asff.js";
import type { RenderContext } from "./context.js";
import { REPORT_FORMATS, type ReportFormat } from "./names.js";
import { renderCsv } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderOcsf } from "./ocsf.js";
import { renderSarif } from "./sarif.js";

export type { RenderContext } from "./context.js";
export { isReportFormat, REPORT_FORMATS, type ReportFormat } from "./names.js";

interface FormatSpec {
  /** File name used with --output-dir. */
  fileName: string;
  /** Extensions --output recognises for this format (first wins when writing). */
  extensions: string[];
  render(report: Report, context: RenderContext): string;
}

export const FORMAT_SPECS: Record<ReportFormat, FormatSpec> = {
  table: {
    fileName: "aiposture.txt",
    extensions: [".txt"],
    render: (report, c) =>
      renderTable(report, { showPass: c.showPass, width: c.width ?? 80, wide: c.wide, color: c.color }),
  },
  json: { fileName: "aiposture.json", extensions: [".json"], render: (report) => renderJson(report) },
  sarif: {
    fileName: "aiposture.sarif",
    extensions: [".sarif", ".sarif.json"],
    render: (report) => renderSarif(report),
  },
  ocsf: {
    fileName: "aiposture.ocsf.jsonl",
    extensions: [".ocsf.jsonl", ".ocsf.json", ".jsonl"],
    render: (report) => renderOcsf(report),
  },
  asff: {
    fileName: "aiposture.asff.json",
    extensions: [".asff.json", ".asff"],
    render: (report) => renderAsff(report),
  },
  csv: { fileName: "aiposture.csv", extensions: [".csv"], render: (report) => renderCsv(report) },
  junit: {
    fileName: "aiposture.junit.xml",
    extensions: [".junit.xml", ".xml"],
    render: (report) => renderJunit(report),
  },
  html: {
    fileName: "aiposture.html",
    extensions: [".html", ".htm"],
    render: (report, c) => renderHtml(report, c),
  },
  markdown: {
    fileName: "aiposture.md",
    extensions: [".md", ".markdown"],
    render: (report) => renderMarkdown(report),
  },
};

/** The format a file name implies, by its longest matching extension (x.sarif.json is SARIF, not JSON). */
export function formatForFile(file: string): ReportFormat | undefined {
  const lower = file.toLowerCase();
  let best: { format: ReportFormat; length: number } | undefined;
  for (const format of REPORT_FORMATS)
    for (const extension of FORMAT_SPECS[format].extensions)
      if (lower.endsWith(extension) && (!best || extension.length > best.length))
        best = { format, length: extension.length };
  return best?.format;
}

export function renderFormat(format: ReportFormat, report: Report, context: RenderContext = {}): string {
  return FORMAT_SPECS[format].render(report, context);
}

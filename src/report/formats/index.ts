// Every report format, rendered from the one report model. A new format is one file, one line here and its name in
// names.ts.
import type { Report } from "../../model/finding.js";
import { renderJson, renderJsonChunks } from "../json.js";
import { renderTable } from "../table.js";
import { renderAsff } from "./asff.js";
import type { RenderContext } from "./context.js";
import { REPORT_FORMATS, type ReportFormat } from "./names.js";
import { renderCsv, renderCsvChunks } from "./csv.js";
import { renderHtml } from "./html.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import { renderOcsf, renderOcsfChunks } from "./ocsf.js";
import { renderSarif, renderSarifChunks } from "./sarif.js";

export type { RenderContext } from "./context.js";
export { isReportFormat, REPORT_FORMATS, type ReportFormat } from "./names.js";

interface FormatSpec {
  /** File name used with --output-dir. */
  fileName: string;
  /** Extensions --output recognises for this format (first wins when writing). */
  extensions: string[];
  render(report: Report, context: RenderContext): string;
  /** The same text in pieces (finding by finding), for writing to a file; absent: render() in one piece. */
  chunks?(report: Report, context: RenderContext): Iterable<string>;
}

export const FORMAT_SPECS: Record<ReportFormat, FormatSpec> = {
  table: {
    fileName: "aiposture.txt",
    extensions: [".txt"],
    render: (report, c) =>
      renderTable(report, { showPass: c.showPass, width: c.width ?? 80, wide: c.wide, color: c.color }),
  },
  json: {
    fileName: "aiposture.json",
    extensions: [".json"],
    render: (report) => renderJson(report),
    chunks: (report) => renderJsonChunks(report),
  },
  sarif: {
    fileName: "aiposture.sarif",
    extensions: [".sarif", ".sarif.json"],
    render: (report) => renderSarif(report),
    chunks: (report) => renderSarifChunks(report),
  },
  ocsf: {
    fileName: "aiposture.ocsf.jsonl",
    extensions: [".ocsf.jsonl", ".ocsf.json", ".jsonl"],
    render: (report) => renderOcsf(report),
    chunks: (report) => renderOcsfChunks(report),
  },
  asff: {
    fileName: "aiposture.asff.json",
    extensions: [".asff.json", ".asff"],
    render: (report) => renderAsff(report),
  },
  csv: {
    fileName: "aiposture.csv",
    extensions: [".csv"],
    render: (report) => renderCsv(report),
    chunks: (report) => renderCsvChunks(report),
  },
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

/** The format's text in pieces: written one after the other, they are renderFormat's text. */
export function formatChunks(
  format: ReportFormat,
  report: Report,
  context: RenderContext = {},
): Iterable<string> {
  const spec = FORMAT_SPECS[format];
  return spec.chunks ? spec.chunks(report, context) : [spec.render(report, context)];
}

export function renderFormat(format: ReportFormat, report: Report, context: RenderContext = {}): string {
  return FORMAT_SPECS[format].render(report, context);
}

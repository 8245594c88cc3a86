// The report formats by name, apart from their renderers: the CLI lists and checks them without loading those.
export const REPORT_FORMATS = [
  "table",
  "json",
  "sarif",
  "ocsf",
  "asff",
  "csv",
  "junit",
  "html",
  "markdown",
] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

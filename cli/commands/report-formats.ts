// Where a report goes and in which formats: `--format a,b,c` with `--output-dir DIR` (one file per format),
// `--output FILE` for one format (taken from the extension when --format is absent; a clash is refused), or
// stdout. Filters (--compliance, --severity, --service) narrow the report before any format renders it.
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  mkdirSync,
  openSync,
  statSync,
  writeSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Asset } from "../../src/model/asset.js";
import type { AnyCheck } from "../../src/model/check.js";
import type { Report } from "../../src/model/finding.js";
import { InputError } from "../../src/model/input-error.js";
import {
  FORMAT_SPECS,
  formatChunks,
  formatForFile,
  renderFormat,
  REPORT_FORMATS,
  type ReportFormat,
} from "../../src/report/formats/index.js";
import { buildBom } from "../../src/report/inventory.js";
import { filterReport, type ReportFilters } from "./report-filters.js";

export { parseFormats } from "../options.js";

export interface OutputFlags extends ReportFilters {
  /** One format or several (--format json,sarif,html). Absent: from --output's extension, else table. */
  format?: ReportFormat | readonly ReportFormat[];
  output?: string;
  outputDir?: string;
  showPass?: boolean;
  wide?: boolean;
}

export interface PlannedOutput {
  format: ReportFormat;
  /** Absent: stdout. */
  file?: string;
}

export function planOutputs(flags: OutputFlags): PlannedOutput[] {
  const formats =
    flags.format === undefined ? [] : typeof flags.format === "string" ? [flags.format] : [...flags.format];
  if (flags.output && flags.outputDir) throw new InputError("--output and --output-dir: choose one");
  if (flags.outputDir) {
    const chosen: readonly ReportFormat[] = formats.length > 0 ? formats : ["json"];
    return chosen.map((format) => ({
      format,
      file: join(flags.outputDir as string, FORMAT_SPECS[format].fileName),
    }));
  }
  if (flags.output) {
    const implied = formatForFile(flags.output);
    if (formats.length > 1)
      throw new InputError(
        `--format ${formats.join(",")} names several formats: use --output-dir DIR instead of --output`,
      );
    const [format] = formats;
    if (format && implied && implied !== format)
      throw new InputError(
        `--output ${flags.output} looks like ${implied} but --format is ${format}: make them agree`,
      );
    const chosen = format ?? implied;
    if (!chosen)
      throw new InputError(
        `--output ${flags.output}: cannot tell the format from the extension; add --format (${REPORT_FORMATS.join(", ")})`,
      );
    return [{ format: chosen, file: flags.output }];
  }
  if (formats.length > 1)
    throw new InputError(
      `--format ${formats.join(",")} names several formats: add --output-dir DIR to write one file each`,
    );
  return [{ format: formats[0] ?? "table" }];
}

/**
 * Fails (exit 2, naming the flag and path) when a report could not be written, so a scan is not run only to lose
 * its result. --output-dir is created here, as it would be at the end.
 */
export function assertOutputsWritable(flags: OutputFlags): void {
  const failure = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  if (flags.outputDir) {
    try {
      mkdirSync(flags.outputDir, { recursive: true });
      accessSync(flags.outputDir, constants.W_OK);
    } catch (error) {
      throw new InputError(`--output-dir ${flags.outputDir}: cannot write there (${failure(error)})`);
    }
  }
  if (flags.output) {
    const folder = dirname(resolve(flags.output));
    try {
      if (!statSync(folder).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
      accessSync(folder, constants.W_OK);
    } catch (error) {
      throw new InputError(`--output ${flags.output}: cannot write in ${folder} (${failure(error)})`);
    }
  }
}

export interface WriteContext {
  assets?: readonly Asset[];
  checks?: readonly AnyCheck[];
  /** Terminal columns for the table; 80 when not a terminal. */
  width?: number;
  color?: boolean;
}

/** Renders the report in every planned format; returns the report as filtered. */
export function writeReports(
  report: Report,
  flags: OutputFlags,
  io: { stdout: (text: string) => void; stderr: (text: string) => void; progress: boolean },
  context: WriteContext = {},
): Report {
  const outputs = planOutputs(flags);
  const filtered = filterReport(report, flags, context.checks ?? []);
  const needsAssets = outputs.some((o) => o.format === "html");
  const renderContext = {
    ...(needsAssets && context.assets ? { assets: buildBom(context.assets, []).assets } : {}),
    catalogue: context.checks ?? [],
    width: context.width ?? 80,
    ...(flags.wide ? { wide: true } : {}),
    ...(context.color ? { color: true } : {}),
    ...(flags.showPass ? { showPass: true } : {}),
  };
  if (flags.outputDir) mkdirSync(flags.outputDir, { recursive: true });
  for (const output of outputs) {
    if (output.file) {
      writeChunks(output.file, formatChunks(output.format, filtered, renderContext));
      if (io.progress) io.stderr(`${output.format} report written to ${output.file}\n`);
    } else {
      io.stdout(renderFormat(output.format, filtered, renderContext));
    }
  }
  return filtered;
}

/**
 * Writes the pieces to the file one by one, so the report never exists as one string. Only the owner may read
 * it (0o600): a report names every exposed resource. An existing file is truncated and narrowed to 0o600 too.
 */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, "w", 0o600);
  try {
    fchmodSync(fd, 0o600);
    for (const chunk of chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

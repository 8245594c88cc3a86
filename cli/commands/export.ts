// `aiposture export security-hub REPORT.json`: the report's AWS findings into Security Hub (a write to the
// customer's account, with its own least-privilege policy: `--policy` prints it).
import { readFileSync } from "node:fs";
import type { Report } from "../../src/model/finding.js";
import { InputError } from "../../src/model/input-error.js";
import { terminalSafe } from "../../src/report/sanitize.js";
import { EXIT } from "../exit-codes.js";
import { exportToSecurityHub } from "../export/security-hub/export.js";
import { securityHubExportPolicy } from "../export/security-hub/operations.js";
import type { Io } from "./scan.js";
import { parseJsonReport } from "../../src/report/json.js";

export interface SecurityHubFlags {
  policy?: boolean;
  endpoint?: string;
  profile?: string;
  maxAttempts: number;
  batchSize: number;
  onlyFailed?: boolean;
}

export async function runSecurityHubExport(
  file: string | undefined,
  flags: SecurityHubFlags,
  io: Io,
): Promise<number> {
  if (flags.policy) {
    io.stdout(JSON.stringify(securityHubExportPolicy(), null, 2) + "\n");
    return EXIT.ok;
  }
  if (!file)
    throw new InputError("export security-hub: give the JSON report (scan --format json --output FILE)");
  const report = readReport(file);
  const result = await exportToSecurityHub(report, {
    maxAttempts: flags.maxAttempts,
    batchSize: flags.batchSize,
    ...(flags.endpoint ? { endpoint: flags.endpoint } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.onlyFailed ? { onlyFailed: true } : {}),
  });
  io.stdout(
    `${result.imported} of ${result.sent} findings imported into Security Hub in ${result.batches} batches\n`,
  );
  for (const failure of result.failed)
    io.stderr(
      terminalSafe(`not imported: ${failure.id} (${failure.region}): ${failure.code}: ${failure.message}`) +
        "\n",
    );
  return result.failed.length > 0 ? EXIT.gaps : EXIT.ok;
}

function readReport(file: string): Report {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new InputError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const report = parseJsonReport(parsed);
  if (!report)
    throw new InputError(`${file}: not an aiposture JSON report (schemaVersion 1 or 2 with findings)`);
  return report;
}

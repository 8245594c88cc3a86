// The options every reporting command (scan, demo) shares: formats, outputs, filters, the call bounds, history,
// suppressions and the approved-models policy.
import { Option, type Command } from "commander";
import { REPORT_FORMATS } from "../../src/report/formats/names.js";
import { parseSeverity } from "../commands/terminal.js";
import {
  DEFAULT_CONCURRENCY,
  parseFailOn,
  parseFormats,
  parseList,
  parsePositiveInt,
  parseSeconds,
} from "../options.js";

/** The call bounds shared by every command that reads a cloud. */
export function callBoundOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--concurrency <n>", "cloud calls in flight at once")
        .argParser(parsePositiveInt("--concurrency", 256))
        .default(DEFAULT_CONCURRENCY),
    )
    .addOption(
      new Option(
        "--max-attempts <n>",
        "attempts per call (retried with backoff under the endpoint's shared retry budget)",
      )
        .argParser(parsePositiveInt("--max-attempts", 20))
        .default(8),
    )
    .addOption(
      new Option(
        "--request-timeout <seconds>",
        "per attempt: a call with no reply within this long is abandoned and retried (default 15)",
      ).argParser(parseSeconds("--request-timeout", 0.05, 600)),
    )
    .addOption(
      new Option(
        "--deadline <seconds>",
        "total: calls not sent by then end as coverage gaps, so the scan ends by then (plus one request timeout)",
      ).argParser(parseSeconds("--deadline", 1, 86_400)),
    );
}

export function reportOptions(command: Command, failOnDefault: string): Command {
  command
    .addOption(
      new Option(
        "--format <formats>",
        `${REPORT_FORMATS.join(", ")}; several comma-separated with --output-dir`,
      ).argParser(parseFormats),
    )
    .option("--output <file>", "write the report to a file (format from --format or the file's extension)")
    .option("--output-dir <dir>", "write one file per --format into this folder")
    .option(
      "--compliance <framework>",
      "only findings of checks that evidence this framework (see: compliance --list)",
    )
    .addOption(
      new Option("--severity <severity>", "only findings at or above this severity").argParser(parseSeverity),
    )
    .addOption(
      new Option("--service <list>", "only these services (s3, opensearch, sagemaker, storage, …)").argParser(
        parseList,
      ),
    )
    .option("--wide", "table: whole ids, messages and remediation, beyond the terminal's width")
    .addOption(
      new Option("--fail-on <severity>", "exit 1 when a failure at or above this severity exists (or none)")
        .argParser(parseFailOn)
        .default(failOnDefault),
    )
    .option(
      "--checks <pattern>",
      "comma-separated check id globs; !glob excludes (e.g. 'storage.*,!storage.versioning')",
    )
    .option("--save-inventory <file>", "save what was read, to re-evaluate later with --from-inventory");
  return callBoundOptions(command)
    .option("--show-pass", "include passing results in the table (JSON always has them)")
    .option("--all-native", "also report GuardDuty/Defender findings on resources that are not AI assets")
    .option("--history <file>", "keep this run in a SQLite history file; mark new, persisting, resolved")
    .option("--suppressions <file>", "YAML file of accepted risks (owner, reason, expiry)")
    .option(
      "--approved-models <file>",
      "YAML file of the models deployments may serve (and Azure ML registries); turns on the approved-models checks",
    );
}

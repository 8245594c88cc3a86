import { Command, CommanderError, Option } from "commander";
import { writeFileSync } from "node:fs";
import { InputError } from "../src/model/input-error.js";
import { toolVersion } from "../src/version.js";
import { azureRole, CHECKS, OPERATIONS, PROVIDERS } from "../wiring/registry.js";
import { checksAsJson, renderChecksText } from "./commands/checks.js";
import { runDemo } from "./commands/demo.js";
import { registerInventory } from "./commands/inventory.js";
import { registerAdvisories } from "./commands/advisories.js";
import { runHistory, type HistoryFlags } from "./commands/history.js";
import { iamPolicy } from "./commands/permissions.js";
import { evaluatePolicyFiles, policyExitCode, renderPolicyText } from "./commands/policy.js";
import { runScan, type Io, type ScanFlags } from "./commands/scan.js";
import { addProviderFlags } from "./provider-flags.js";
import { EXIT } from "./exit-codes.js";
import {
  parseAwsRegions,
  parseFailOn,
  parseFormat,
  parseInteger,
  parseList,
  parsePositiveInt,
  parseSeconds,
} from "./options.js";
import { startEmulatorOrExplain } from "./emulator.js";
import { REPORT_FORMATS } from "../src/report/formats/index.js";
import { parseFormats } from "./commands/report-formats.js";
import { registerCompliance } from "./commands/compliance.js";
import { registerExport } from "./commands/export.js";
import { parseSeverity, terminalOptions } from "./commands/terminal.js";

const io: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  progress: Boolean(process.stderr.isTTY),
  ...terminalOptions(process.stdout, process.env),
};

function reportOptions(command: Command, failOnDefault: string): Command {
  return command
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
    .option("--save-inventory <file>", "save what was read, to re-evaluate later with --from-inventory")
    .addOption(
      new Option("--concurrency <n>", "cloud calls in flight at once")
        .argParser(parsePositiveInt("--concurrency", 256))
        .default(16),
    )
    .addOption(
      new Option("--max-attempts <n>", "attempts per call under the SDK's adaptive retry")
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
    )
    .option("--show-pass", "include passing results in the table (JSON always has them)")
    .option("--all-native", "also report GuardDuty/Defender findings on resources that are not AI assets")
    .option("--history <file>", "keep this run in a SQLite history file; mark new, persisting, resolved")
    .option("--suppressions <file>", "YAML file of accepted risks (owner, reason, expiry)");
}

export function buildProgram(exit: (code: number) => void): Command {
  const program = new Command("aiposture")
    .description("Find public exposure and missing encryption in AI infrastructure on AWS and Azure")
    .version(toolVersion())
    .exitOverride()
    .configureOutput({ writeErr: (text) => io.stderr(text), writeOut: (text) => io.stdout(text) });

  reportOptions(
    addProviderFlags(program.command("scan"), PROVIDERS)
      .description("scan a cloud account (AWS default credential chain, like the AWS CLI)")
      .addOption(
        new Option("--provider <provider>", "aws, azure or all (default: aws; with --from-inventory: all)"),
      )
      .addOption(
        new Option("--regions <list>", "comma-separated AWS regions to scan").argParser(parseAwsRegions),
      )
      .option("--from-inventory <file>", "evaluate a saved inventory instead of reading the cloud"),
    "info",
  ).action(async (flags: ScanFlags) => exit((await runScan(flags, io)).exitCode));

  reportOptions(
    program.command("demo").description("scan the built-in emulated cloud with planted misconfigurations"),
    "none",
  ).action(async (flags: ScanFlags) => exit((await runDemo(flags, io)).exitCode));

  registerInventory(program, io, exit);
  registerCompliance(program, io, exit);
  registerExport(program, io, exit);
  registerAdvisories(program, io, exit);

  program
    .command("history")
    .description("show the runs kept in a history file: open failures over time, mean time to resolve")
    .requiredOption("--history <file>", "history file written by scan --history")
    .addOption(
      new Option("--format <format>", "table or json")
        .argParser(parseFormat(["table", "json"] as const))
        .default("table"),
    )
    .option("--scope <key>", "only this scope: its key as printed, or a unique part of it (an account id)")
    .action((flags: HistoryFlags) => exit(runHistory(flags, io).exitCode));

  program
    .command("policy")
    .description("evaluate AWS resource policy documents: are they public, and why")
    .argument("<files...>", "policy JSON files (- reads standard input); exit 1 when one is public")
    .addOption(
      new Option("--format <format>", "text or json")
        .argParser(parseFormat(["text", "json"] as const))
        .default("text"),
    )
    .action((files: string[], flags: { format: "text" | "json" }) => {
      const results = evaluatePolicyFiles(files);
      io.stdout(
        flags.format === "json" ? JSON.stringify(results, null, 2) + "\n" : renderPolicyText(results),
      );
      exit(policyExitCode(results));
    });

  program
    .command("checks")
    .description("list the checks")
    .addOption(
      new Option("--format <format>", "text or json")
        .argParser(parseFormat(["text", "json"] as const))
        .default("text"),
    )
    .action((flags: { format: "text" | "json" }) => {
      io.stdout(
        flags.format === "json"
          ? JSON.stringify(checksAsJson(CHECKS), null, 2) + "\n"
          : renderChecksText(CHECKS),
      );
      exit(EXIT.ok);
    });

  program
    .command("permissions")
    .description(
      "print the least-privilege IAM policy (or Azure custom role) generated from the operations aiposture calls",
    )
    .addOption(
      new Option("--provider <provider>", "aws (IAM policy) or azure (custom role definition)")
        .argParser(parseFormat(["aws", "azure"] as const))
        .default("aws"),
    )
    .option(
      "--multi-account",
      "aws: add what the scanning account needs for --org / --accounts / --role-arn (sts:AssumeRole on the member role, organizations:ListAccounts)",
    )
    .option("--role-name <name>", "aws: the member-account role AssumeRole may enter", "AiPostureReadOnly")
    .action((flags: { provider: "aws" | "azure"; multiAccount?: boolean; roleName: string }) => {
      const document =
        flags.provider === "azure"
          ? azureRole()
          : iamPolicy(OPERATIONS.aws, {
              multiAccount: flags.multiAccount ?? false,
              roleName: flags.roleName,
            });
      io.stdout(JSON.stringify(document, null, 2) + "\n");
      exit(EXIT.ok);
    });

  program
    .command("mock")
    .description("run the emulated cloud standalone and print its endpoint")
    .requiredOption("--estate <file>", "estate file (YAML or JSON), see mocks/README.md")
    .addOption(
      new Option("--port <n>", "port on 127.0.0.1 (0 = any free port)").argParser(
        parseInteger("--port", 0, 65535),
      ),
    )
    .addOption(
      new Option("--latency <ms>", "added latency per request").argParser(
        parsePositiveInt("--latency", 60000),
      ),
    )
    .addOption(
      new Option("--page-size <n>", "items per page for list operations").argParser(
        parsePositiveInt("--page-size", 1000),
      ),
    )
    .option("--azure-ca-out <file>", "write the Azure endpoint's certificate here (for --azure-ca)")
    .action(async (flags: MockFlags) => {
      const emulator = await startEmulatorOrExplain({
        estate: flags.estate,
        port: flags.port ?? 0,
        ...(flags.latency ? { latencyMs: flags.latency } : {}),
        ...(flags.pageSize ? { pageSize: flags.pageSize } : {}),
      });
      io.stdout(`${emulator.endpoint}\n`);
      if (flags.azureCaOut) writeFileSync(flags.azureCaOut, emulator.azureCaCertificate);
      const ca = flags.azureCaOut ? ` (certificate in ${flags.azureCaOut})` : "";
      io.stderr(`azure resource manager: ${emulator.azureEndpoint}${ca}\n`);
      // Keeps serving until interrupted; the process exits when the server closes.
      const stop = () => void emulator.close();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      exit(STILL_RUNNING);
    });
  return program;
}

interface MockFlags {
  estate: string;
  port?: number;
  latency?: number;
  pageSize?: number;
  azureCaOut?: string;
}

/** Returned by commands that keep the process alive (the standalone emulator). */
export const STILL_RUNNING = -1;

export async function main(argv: string[]): Promise<number> {
  let code: number | undefined;
  const program = buildProgram((c) => {
    code = c;
  });
  // Commander answers `aiposture nosuch --help` with the top-level help and exit 0: refuse the command instead.
  const first = argv[2];
  const known = program.commands.flatMap((c) => [c.name(), ...c.aliases()]).concat("help");
  if (first && !first.startsWith("-") && !known.includes(first)) {
    io.stderr(`aiposture: unknown command '${first}' (see aiposture --help)\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv);
    return code ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr(`aiposture: ${error.message}\n`);
      return EXIT.usage;
    }
    io.stderr(
      `aiposture: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.internal;
  }
}

// The commands that do not scan (history, policy, checks, permissions, compliance, export, advisories, mock): their
// options only; each loads its implementation when it runs.
import { Option, type Command } from "commander";
import { MAX_BATCH } from "../export/security-hub/operations.js";
import { EXIT, STILL_RUNNING } from "../exit-codes.js";
import { InputError } from "../../src/model/input-error.js";
import type { ComplianceFlags } from "../commands/compliance.js";
import type { SecurityHubFlags } from "../commands/export.js";
import type { HistoryFlags } from "../commands/history.js";
import type { MockFlags } from "../commands/mock.js";
import { parseFormat, parseHttpUrlOption, parseInteger, parseList, parsePositiveInt } from "../options.js";
import type { CommandContext } from "./context.js";

/** A bad --artifact-prefixes value, found when the action runs, is a usage error that names the flag. */
function artifactPrefixesOrInputError(
  parse: (uris: readonly string[]) => string[],
  uris: string[],
): string[] {
  try {
    return parse(uris);
  } catch (error) {
    throw new InputError(`--artifact-prefixes: ${(error as Error).message}`);
  }
}

function textOrJson(): Option {
  return new Option("--format <format>", "text or json")
    .argParser(parseFormat(["text", "json"] as const))
    .default("text");
}

export function defineHistory(program: Command, { io, exit }: CommandContext): void {
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
    .action(async (flags: HistoryFlags) => {
      const { runHistory } = await import("../commands/history.js");
      exit(runHistory(flags, io).exitCode);
    });
}

export function definePolicy(program: Command, { io, exit }: CommandContext): void {
  program
    .command("policy")
    .description("evaluate AWS resource policy documents: are they public, and why")
    .argument("<files...>", "policy JSON files (- reads standard input); exit 1 when one is public")
    .addOption(textOrJson())
    .action(async (files: string[], flags: { format: "text" | "json" }) => {
      const { evaluatePolicyFiles, policyExitCode, renderPolicyText } = await import("../commands/policy.js");
      const results = evaluatePolicyFiles(files);
      io.stdout(
        flags.format === "json" ? JSON.stringify(results, null, 2) + "\n" : renderPolicyText(results),
      );
      exit(policyExitCode(results));
    });
}

export function defineChecks(program: Command, { io, exit }: CommandContext): void {
  program
    .command("checks")
    .description("list the checks")
    .addOption(textOrJson())
    .action(async (flags: { format: "text" | "json" }) => {
      const [{ CHECKS }, { checksAsJson, renderChecksText }] = await Promise.all([
        import("../../wiring/checks.js"),
        import("../commands/checks.js"),
      ]);
      io.stdout(
        flags.format === "json"
          ? JSON.stringify(checksAsJson(CHECKS), null, 2) + "\n"
          : renderChecksText(CHECKS),
      );
      exit(EXIT.ok);
    });
}

export function definePermissions(program: Command, { io, exit }: CommandContext): void {
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
    .addOption(
      new Option(
        "--artifact-prefixes <uris>",
        "s3:// locations of model artifacts: s3:GetObject (--scan-artifacts) is granted on their folders only",
      ).argParser(parseList),
    )
    .option(
      "--from-inventory <file>",
      "a saved inventory: grant s3:GetObject on the folders of the artifacts its models name",
    )
    .option(
      "--multi-account",
      "aws: add what the scanning account needs for --org / --accounts / --role-arn (sts:AssumeRole on the member role, organizations:ListAccounts)",
    )
    .option("--role-name <name>", "aws: the member-account role AssumeRole may enter", "AiPostureReadOnly")
    .action(
      async (flags: {
        provider: "aws" | "azure";
        artifactPrefixes?: string[];
        fromInventory?: string;
        multiAccount?: boolean;
        roleName: string;
      }) => {
        const [
          { azureRole, OPERATIONS },
          { iamPolicy, parseArtifactPrefixes },
          artifactPolicy,
          inventoryFile,
        ] = await Promise.all([
          import("../../wiring/registry.js"),
          import("../commands/permissions.js"),
          import("../../providers/aws/model-artifacts/policy.js"),
          import("../../src/engine/inventory-file.js"),
        ]);
        const artifacts = [
          ...artifactPrefixesOrInputError(parseArtifactPrefixes, flags.artifactPrefixes ?? []),
          ...(flags.fromInventory
            ? artifactPolicy.artifactPrefixArns(
                artifactPolicy.artifactUrisOf(inventoryFile.loadInventory(flags.fromInventory)),
              )
            : []),
        ];
        const document =
          flags.provider === "azure"
            ? azureRole()
            : iamPolicy(OPERATIONS.aws, {
                artifactResources: [...new Set(artifacts)].sort(),
                multiAccount: flags.multiAccount ?? false,
                roleName: flags.roleName,
              });
        io.stdout(JSON.stringify(document, null, 2) + "\n");
        exit(EXIT.ok);
      },
    );
}

export function defineCompliance(program: Command, { io, exit }: CommandContext): void {
  program
    .command("compliance")
    .description(
      "a framework's controls with pass / fail / unknown / not covered, from a JSON report or the demo",
    )
    .option("--framework <id>", "framework id (see --list)")
    .option("--list", "list the frameworks")
    .option("--report <file>", "a JSON report written by scan --format json")
    .option("--demo", "evaluate the built-in emulated cloud")
    .addOption(
      new Option("--format <format>", "table, json or html")
        .argParser(parseFormat(["table", "json", "html"] as const))
        .default("table"),
    )
    .action(async (flags: ComplianceFlags) => {
      const { runCompliance } = await import("../commands/compliance.js");
      exit(await runCompliance(flags, io));
    });
}

export function defineExport(program: Command, { io, exit }: CommandContext): void {
  program
    .command("export")
    .description("send a saved report somewhere else")
    .command("security-hub")
    .description("import a JSON report's AWS findings into AWS Security Hub (BatchImportFindings; a write)")
    .argument("[report]", "JSON report written by scan --format json")
    .option("--policy", "print the IAM policy the export needs (import only) and exit")
    .option("--profile <profile>", "AWS shared-config profile")
    .addOption(
      new Option("--endpoint <url>", "one endpoint URL (e.g. the emulator)").argParser(parseHttpUrlOption),
    )
    .addOption(
      new Option("--batch-size <n>", "findings per call")
        .argParser(parsePositiveInt("--batch-size", MAX_BATCH))
        .default(MAX_BATCH),
    )
    .addOption(
      new Option(
        "--max-attempts <n>",
        "attempts per call (retried with backoff under the endpoint's shared retry budget)",
      )
        .argParser(parsePositiveInt("--max-attempts", 20))
        .default(8),
    )
    .option("--only-failed", "send failures and unknowns only, not passes")
    .action(async (file: string | undefined, flags: SecurityHubFlags) => {
      const { runSecurityHubExport } = await import("../commands/export.js");
      exit(await runSecurityHubExport(file, flags, io));
    });
}

export function defineAdvisories(program: Command, { io, exit }: CommandContext): void {
  const advisories = program
    .command("advisories")
    .description("the OSV advisory snapshot that judges AI package versions: status, offline update");
  advisories
    .command("status")
    .description("print the active snapshot's date, sources and record counts")
    .addOption(textOrJson())
    .action(async (flags: { format: "text" | "json" }) => {
      const { runAdvisoryStatus } = await import("../commands/advisories.js");
      exit(runAdvisoryStatus(flags, io));
    });
  advisories
    .command("update")
    .description(
      "replace the snapshot with an OSV export you downloaded (a directory of OSV .json records, or a .zip of them)",
    )
    .requiredOption("--from <dir|zip>", "the OSV export, e.g. the PyPI ecosystem's all.zip")
    .action(async (flags: { from: string }) => {
      const { runAdvisoryUpdate } = await import("../commands/advisories.js");
      exit(runAdvisoryUpdate(flags, io));
    });
}

export function defineMock(program: Command, { io, exit }: CommandContext): void {
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
      const { runMock } = await import("../commands/mock.js");
      await runMock(flags, io);
      exit(STILL_RUNNING);
    });
}

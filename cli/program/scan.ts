// scan and demo: their options only; the scanner, the providers and the emulator load when the command runs.
import { Option, type Command } from "commander";
import { PROVIDER_FLAGS } from "../../wiring/provider-flags.js";
import type { ScanFlags } from "../commands/scan.js";
import { parseAwsRegions } from "../options.js";
import { addProviderFlags } from "../provider-flags.js";
import type { CommandContext } from "./context.js";
import { reportOptions } from "./report-options.js";

export function defineScan(program: Command, { io, exit }: CommandContext): void {
  reportOptions(
    addProviderFlags(program.command("scan"), PROVIDER_FLAGS)
      .description("scan a cloud account (AWS default credential chain, like the AWS CLI)")
      .addOption(
        new Option("--provider <provider>", "aws, azure or all (default: aws; with --from-inventory: all)"),
      )
      .addOption(
        new Option("--regions <list>", "comma-separated AWS regions to scan").argParser(parseAwsRegions),
      )
      .option("--from-inventory <file>", "evaluate a saved inventory instead of reading the cloud"),
    "info",
  ).action(async (flags: ScanFlags) => {
    const { runScan } = await import("../commands/scan.js");
    exit((await runScan(flags, io)).exitCode);
  });
}

export function defineDemo(program: Command, { io, exit }: CommandContext): void {
  reportOptions(
    program.command("demo").description("scan the built-in emulated cloud with planted misconfigurations"),
    "none",
  ).action(async (flags: ScanFlags) => {
    const { runDemo } = await import("../commands/demo.js");
    exit((await runDemo(flags, io)).exitCode);
  });
}

// inventory: its options only; collection and the bill of materials load when the command runs.
import { Option, type Command } from "commander";
import { PROVIDER_FLAGS } from "../../wiring/provider-flags.js";
import type { InventoryFlags } from "../commands/inventory.js";
import { parseAwsRegions, parseFormat } from "../options.js";
import { addProviderFlags } from "../provider-flags.js";
import type { CommandContext } from "./context.js";
import { callBoundOptions } from "./report-options.js";

export function defineInventory(program: Command, { io, exit }: CommandContext): void {
  const command = addProviderFlags(program.command("inventory"), PROVIDER_FLAGS)
    .description(
      "list the AI assets found and how they connect (AI bill of materials); --demo for the built-in cloud",
    )
    .addOption(new Option("--provider <provider>", "aws, azure or all").default("aws"))
    .addOption(
      new Option("--regions <list>", "comma-separated AWS regions to read").argParser(parseAwsRegions),
    )
    .option("--demo", "list the built-in emulated cloud (no credentials, no network)")
    .addOption(
      new Option("--format <format>", "table, json or cyclonedx (CycloneDX 1.6 ML-BOM)")
        .argParser(parseFormat(["table", "json", "cyclonedx"] as const))
        .default("table"),
    )
    .option("--output <file>", "write the inventory to a file instead of stdout")
    .option(
      "--from-inventory <file>",
      "list a saved inventory (scan --save-inventory) instead of reading the cloud",
    )
    .option("--save-inventory <file>", "save what was read, to list or scan later with --from-inventory");
  callBoundOptions(command).action(async (flags: InventoryFlags) => {
    const { runInventory } = await import("../commands/inventory.js");
    exit((await runInventory(flags, io)).exitCode);
  });
}

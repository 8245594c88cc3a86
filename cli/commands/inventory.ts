// `aiposture inventory`: the AI bill of materials. Collection and normalization are the scan's own
// (collectAll, normalizeAll); only the rendering differs. `--demo` lists the built-in emulated cloud.
import { writeFileSync } from "node:fs";
import { Option, type Command } from "commander";
import { startEmulator } from "../emulator.js";
import type { CollectOptions } from "../../src/engine/provider.js";
import { loadInventory, saveInventory } from "../../src/engine/inventory-file.js";
import { collectAll, normalizeAll } from "../../src/engine/scan.js";
import { InputError } from "../../src/model/input-error.js";
import { buildBom, renderBomJson, type Bom } from "../../src/report/inventory.js";
import { renderBomTable } from "../../src/report/inventory-table.js";
import { renderCycloneDx } from "../../src/report/formats/cyclonedx.js";
import { evaluateAssets } from "../../src/engine/evaluate.js";
import { toolVersion } from "../../src/version.js";
import { CHECKS, PROVIDERS, selectProviders } from "../../wiring/registry.js";
import { EXIT } from "../exit-codes.js";
import { parseAwsRegions, parseFormat, parsePositiveInt } from "../options.js";
import { addProviderFlags, providerOptionsFromFlags } from "../provider-flags.js";
import { DEMO_ESTATE } from "./demo.js";
import type { Io } from "./scan.js";

export interface InventoryFlags {
  provider: string;
  regions?: string[];
  format: "table" | "json" | "cyclonedx";
  output?: string;
  fromInventory?: string;
  saveInventory?: string;
  demo?: boolean;
  concurrency: number;
  maxAttempts: number;
  /** Each provider's own flags (--profile, --endpoint, --role-arn, …); --demo sets the emulator's endpoints. */
  [providerFlag: string]: unknown;
}

/** Collects (or loads) an inventory, normalizes it and renders the bill of materials. Exit 3 when reads failed. */
export async function runInventory(flags: InventoryFlags, io: Io): Promise<{ exitCode: number; bom: Bom }> {
  if (flags.demo && (flags.endpoint || flags.fromInventory || flags.profile))
    throw new InputError(
      "--demo reads the built-in emulated cloud: drop --endpoint, --from-inventory and --profile",
    );
  if (flags.demo) {
    const emulator = await startEmulator({ estate: DEMO_ESTATE });
    try {
      if (io.progress) io.stderr(`emulated cloud at ${emulator.endpoint} (estate ${DEMO_ESTATE})\n`);
      // The emulator serves Azure Resource Manager on its own https endpoint, when it has one.
      const azure = emulator as { azureEndpoint?: string; azureCaCertificate?: string };
      return await runInventory(
        {
          ...flags,
          demo: false,
          provider: "all",
          endpoint: emulator.endpoint,
          ...(azure.azureEndpoint ? { azureEndpoint: azure.azureEndpoint } : {}),
          ...(azure.azureCaCertificate ? { azureCaCertificate: azure.azureCaCertificate } : {}),
        },
        io,
      );
    } finally {
      await emulator.close();
    }
  }
  const adapters = selectProviders(flags.provider);
  const options: CollectOptions = {
    concurrency: flags.concurrency,
    maxAttempts: flags.maxAttempts,
    ...(flags.regions ? { regions: flags.regions } : {}),
    ...(io.progress ? { onProgress: (message: string) => io.stderr(`… ${message}\n`) } : {}),
  };
  const inventory = flags.fromInventory
    ? loadInventory(flags.fromInventory)
    : await collectAll(adapters, options, providerOptionsFromFlags(flags, PROVIDERS));
  if (flags.saveInventory) saveInventory(flags.saveInventory, inventory);
  const { assets, errors } = normalizeAll(inventory, adapters);
  const bom = buildBom(assets, [...inventory.errors, ...errors]);
  const rendered =
    flags.format === "cyclonedx"
      ? renderCycloneDx(bom, { toolVersion: toolVersion(), findings: evaluateAssets(assets, CHECKS) })
      : flags.format === "json"
        ? renderBomJson(bom)
        : renderBomTable(bom, 80);
  if (flags.output) {
    writeFileSync(flags.output, rendered);
    if (io.progress) io.stderr(`inventory written to ${flags.output}\n`);
  } else {
    io.stdout(rendered);
  }
  return { exitCode: bom.errors.length > 0 ? EXIT.gaps : EXIT.ok, bom };
}

/** Adds the `inventory` command to the program (one line in main.ts). */
export function registerInventory(program: Command, io: Io, exit: (code: number) => void): void {
  addProviderFlags(program.command("inventory"), PROVIDERS)
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
    .option("--save-inventory <file>", "save what was read, to list or scan later with --from-inventory")
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
    .action(async (flags: InventoryFlags) => exit((await runInventory(flags, io)).exitCode));
}

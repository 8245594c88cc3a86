// `aiposture inventory`: the AI bill of materials. Collection and normalization are the scan's own
// (collectAll, normalizeAll); only the rendering differs. `--demo` lists the built-in emulated cloud.
import { writeFileSync } from "node:fs";
import { startEmulator } from "../emulator.js";
import type { CollectOptions } from "../../src/engine/provider.js";
import { loadInventory, saveInventory } from "../../src/engine/inventory-file.js";
import { preflightAll } from "../../src/engine/preflight.js";
import { collectAll, normalizeAll } from "../../src/engine/scan.js";
import { InputError } from "../../src/model/input-error.js";
import { buildBom, renderBomJson, type Bom } from "../../src/report/inventory.js";
import { renderBomTable } from "../../src/report/inventory-table.js";
import { renderCycloneDx } from "../../src/report/formats/cyclonedx.js";
import { evaluateAssets } from "../../src/engine/evaluate.js";
import { toolVersion } from "../../src/version.js";
import { CHECKS, PROVIDERS, selectProviders } from "../../wiring/registry.js";
import { EXIT } from "../exit-codes.js";
import { providerOptionsFromFlags } from "../provider-flags.js";
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
  /** --request-timeout, in ms. */
  requestTimeout?: number;
  /** --deadline, in ms from the start of the read. */
  deadline?: number;
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
    ...(flags.requestTimeout !== undefined ? { requestTimeoutMs: flags.requestTimeout } : {}),
    ...(flags.deadline !== undefined ? { deadline: Date.now() + flags.deadline } : {}),
    ...(flags.regions ? { regions: flags.regions } : {}),
    ...(io.progress ? { onProgress: (message: string) => io.stderr(`… ${message}\n`) } : {}),
  };
  const providerOptions = providerOptionsFromFlags(flags, PROVIDERS);
  if (!flags.fromInventory) await preflightAll(adapters, options, providerOptions);
  const inventory = flags.fromInventory
    ? loadInventory(flags.fromInventory)
    : await collectAll(adapters, options, providerOptions);
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

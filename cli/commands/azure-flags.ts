// Flags of an Azure scan: which subscriptions, and an ARM endpoint override (the emulator, a sovereign cloud).
import { readFileSync } from "node:fs";
import { InvalidArgumentError, Option, type Command } from "commander";
import type { CollectOptions } from "../../src/engine/provider.js";
import { InputError } from "../../src/model/input-error.js";
import { parseList, parseUrl } from "../options.js";

export interface AzureFlags {
  subscriptions?: string[];
  azureEndpoint?: string;
  /** File with the PEM certificate to trust for --azure-endpoint only. */
  azureCa?: string;
  /** The PEM itself, when the caller has it in hand (the demo's in-process emulator). Not a CLI flag. */
  azureCaCertificate?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseSubscriptionIds(value: string): string[] {
  const ids = parseList(value);
  const bad = ids.filter((id) => !GUID.test(id));
  if (bad.length > 0)
    throw new InvalidArgumentError(`not an Azure subscription id (a GUID): ${bad.join(", ")}`);
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

export function addAzureOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        "--subscriptions <ids>",
        "comma-separated Azure subscription ids (default: every subscription the identity can list)",
      ).argParser(parseSubscriptionIds),
    )
    .addOption(
      new Option(
        "--azure-endpoint <url>",
        "Azure Resource Manager endpoint (the emulator, a sovereign cloud)",
      ).argParser(parseUrl),
    )
    .option("--azure-ca <file>", "PEM certificate to trust for --azure-endpoint only (the emulator's)");
}

/** The CollectOptions fields the flags set; a CA file that cannot be read is an input error naming it. */
export function azureCollectOptions(flags: AzureFlags): Partial<CollectOptions> {
  let ca = flags.azureCaCertificate;
  if (!ca && flags.azureCa) {
    try {
      ca = readFileSync(flags.azureCa, "utf8");
    } catch (error) {
      throw new InputError(
        `--azure-ca ${flags.azureCa}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    if (!ca.includes("-----BEGIN CERTIFICATE-----"))
      throw new InputError(`--azure-ca ${flags.azureCa}: not a PEM certificate`);
  }
  return {
    ...(flags.subscriptions?.length ? { subscriptions: flags.subscriptions } : {}),
    ...(flags.azureEndpoint ? { azureEndpoint: flags.azureEndpoint } : {}),
    ...(ca ? { azureCaCertificate: ca } : {}),
  };
}

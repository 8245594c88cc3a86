// Azure's command-line flags as data: kept apart from the option schema (zod) so the CLI can describe its commands
// (--help) without loading it.
import { readFileSync } from "node:fs";
import { parseHttpUrl } from "../../src/text/http-url.js";
import type { ProviderFlag } from "../../src/engine/provider.js";
import { InputError } from "../../src/model/input-error.js";

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseSubscriptionIds(value: string): string[] {
  const ids = value
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const bad = ids.filter((id) => !GUID.test(id));
  if (bad.length > 0) throw new Error(`not an Azure subscription id (a GUID): ${bad.join(", ")}`);
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** --azure-ca names a file: read here, so a missing or wrong file is refused naming it, before any call. */
function readCertificate(file: string): string {
  let pem: string;
  try {
    pem = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(
      `--azure-ca ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  if (!pem.includes("-----BEGIN CERTIFICATE-----"))
    throw new InputError(`--azure-ca ${file}: not a PEM certificate`);
  return pem;
}

export const AZURE_FLAGS: readonly ProviderFlag[] = [
  {
    name: "--subscriptions <ids>",
    description: "comma-separated Azure subscription ids (default: every subscription the identity can list)",
    parse: parseSubscriptionIds,
  },
  {
    name: "--azure-endpoint <url>",
    description: "Azure Resource Manager endpoint (the emulator, a sovereign cloud)",
    parse: parseHttpUrl,
  },
  {
    name: "--azure-ca <file>",
    description: "PEM certificate to trust for --azure-endpoint only (the emulator's)",
  },
];

export function azureOptionsFromFlags(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const subscriptions = values.subscriptions as string[] | undefined;
  return {
    ...(subscriptions?.length ? { subscriptions } : {}),
    ...(values.azureEndpoint ? { azureEndpoint: values.azureEndpoint } : {}),
    // The demo hands the emulator's certificate over directly; the flag reads it from a file.
    ...(values.azureCaCertificate ? { azureCaCertificate: values.azureCaCertificate } : {}),
    ...(typeof values.azureCa === "string" ? { azureCaCertificate: readCertificate(values.azureCa) } : {}),
  };
}

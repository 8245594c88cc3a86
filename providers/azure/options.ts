// Azure's own options and flags: which subscriptions, and an ARM endpoint override (the emulator, a sovereign
// cloud) with the certificate to trust for it. Validated before any call is made.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseHttpUrl } from "../../src/text/http-url.js";
import { plainHttpRefusal } from "../../src/text/loopback.js";
import type { CollectOptions, ProviderFlag } from "../../src/engine/provider.js";
import { InputError } from "../../src/model/input-error.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const azureOptionsSchema = z.strictObject({
  /** Subscriptions to read; absent means every subscription the identity can list. */
  subscriptions: z.array(z.string().regex(GUID, "expected an Azure subscription id (a GUID)")).optional(),
  /** Azure Resource Manager endpoint: the emulator's https URL, or a sovereign cloud's ARM endpoint. */
  azureEndpoint: z
    .url({ protocol: /^https?$/ })
    .superRefine((value, ctx) => {
      const refusal = plainHttpRefusal(value, "azureEndpoint");
      if (refusal) ctx.addIssue({ code: "custom", message: refusal });
    })
    .optional(),
  /** PEM certificate to trust for azureEndpoint only (the emulator's throw-away certificate). */
  azureCaCertificate: z
    .string()
    .includes("-----BEGIN CERTIFICATE-----", { message: "expected a PEM certificate" })
    .optional(),
});

export type AzureOptions = z.output<typeof azureOptionsSchema>;

/** What the Azure collectors see: the shared options and Azure's own, in one object. */
export type AzureScanOptions = CollectOptions & AzureOptions;

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

// Azure's own options (its flags are in flags.ts): which subscriptions, and an ARM endpoint override (the emulator, a sovereign
// cloud) with the certificate to trust for it. Validated before any call is made.
import { z } from "zod";
import { plainHttpRefusal } from "../../src/text/loopback.js";
import type { CollectOptions } from "../../src/engine/provider.js";
import { GUID } from "./flags.js";

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

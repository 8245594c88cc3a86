// Before any collection: a token for Azure Resource Manager, once. Without `az login`, a service principal in the
// environment or a managed identity, the scan stops with one message naming those fixes (exit 2), instead of a
// scan that lists no subscription and reports nothing.
import { InputError } from "../../src/model/input-error.js";
import { armEndpoint, azureCredential } from "./credential.js";
import type { AzureScanOptions } from "./options.js";

const HOW_TO =
  "sign in with az login (then az account set --subscription ID), or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET for a service principal, or run where a managed identity is assigned";

/** Throws an InputError (exit 2) naming the fix when no credential can give a token for the ARM scope. */
export async function azurePreflight(options: AzureScanOptions): Promise<void> {
  const origin = new URL(armEndpoint(options)).origin;
  try {
    const token = await azureCredential(options).getToken(`${origin}/.default`);
    if (token?.token) return;
    throw new Error("the credential returned no token");
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    const firstLine = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.trim() ?? "";
    throw new InputError(`azure: no credentials for ${origin} (${name}: ${firstLine}); ${HOW_TO}`);
  }
}

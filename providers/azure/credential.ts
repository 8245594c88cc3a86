import { DefaultAzureCredential, type AccessToken, type TokenCredential } from "@azure/identity";
import type { AzureScanOptions } from "./options.js";

/** The public Azure cloud's Resource Manager. */
export const PUBLIC_ARM_ENDPOINT = "https://management.azure.com";

/**
 * Stands in for Entra ID against the emulator: a fixed, obviously fake token. Used only when the ARM endpoint
 * is an override on this machine (loopback), so it is never sent to a real cloud, and a real token is never
 * sent to the emulator.
 */
export const EMULATOR_CREDENTIAL: TokenCredential = {
  getToken: async (): Promise<AccessToken> => ({
    token: "aiposture-emulator-token-not-a-real-jwt",
    expiresOnTimestamp: Date.now() + 3600_000,
  }),
};

export function isLoopbackEndpoint(endpoint: string): boolean {
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * DefaultAzureCredential for real use (environment, workload/managed identity, Azure CLI login, …, as users
 * expect); the emulator's test credential only for a loopback endpoint override.
 */
export function azureCredential(options: AzureScanOptions): TokenCredential {
  if (options.azureEndpoint && isLoopbackEndpoint(options.azureEndpoint)) return EMULATOR_CREDENTIAL;
  return new DefaultAzureCredential();
}

export function armEndpoint(options: AzureScanOptions): string {
  return (options.azureEndpoint ?? PUBLIC_ARM_ENDPOINT).replace(/\/+$/, "");
}

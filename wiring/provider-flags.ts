// Each provider's command-line flags, without the providers themselves: the CLI describes its commands (--help)
// from this list, and loads a provider's collectors and SDK clients only when a command runs.
import { AWS_FLAGS, awsOptionsFromFlags } from "../providers/aws/flags.js";
import { AZURE_FLAGS, azureOptionsFromFlags } from "../providers/azure/flags.js";
import type { ProviderAdapter } from "../src/engine/provider.js";

export type ProviderFlagSet = Pick<ProviderAdapter, "id" | "flags" | "optionsFromFlags">;

export const PROVIDER_FLAGS: readonly ProviderFlagSet[] = [
  { id: "aws", flags: AWS_FLAGS, optionsFromFlags: awsOptionsFromFlags },
  { id: "azure", flags: AZURE_FLAGS, optionsFromFlags: azureOptionsFromFlags },
];

import type { CollectOptions } from "../../src/engine/provider.js";

/** Credentials the emulator accepts; used when an endpoint is given and nothing else is configured. */
const EMULATOR_CREDENTIALS = {
  accessKeyId: "AKIAAIPOSTUREEMULATOR",
  secretAccessKey: "emulator-secret-not-real",
};

/**
 * Configuration shared by every AWS client: the SDK's adaptive retry mode (client-side rate limiting plus
 * backoff on throttling), and one endpoint for every service when scanning the emulator.
 */
export function awsClientConfig(options: CollectOptions, region: string) {
  const credentials =
    options.credentials ??
    (options.endpoint && !options.profile && !process.env.AWS_ACCESS_KEY_ID
      ? EMULATOR_CREDENTIALS
      : undefined);
  return {
    region,
    retryMode: "adaptive" as const,
    maxAttempts: options.maxAttempts,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(credentials ? { credentials } : {}),
  };
}

/** One client per region and service, created on first use. */
export class ClientCache<T> {
  private readonly clients = new Map<string, T>();
  constructor(private readonly create: (region: string) => T) {}

  get(region: string): T {
    let client = this.clients.get(region);
    if (!client) {
      client = this.create(region);
      this.clients.set(region, client);
    }
    return client;
  }

  destroyAll(): void {
    for (const client of this.clients.values()) (client as { destroy?: () => void }).destroy?.();
    this.clients.clear();
  }
}

/**
 * S3 Control's endpoint rules always prefix the host with the account id ("111122223333.host"), which one
 * emulator endpoint on 127.0.0.1 cannot serve. With a custom endpoint, resolve every request to that endpoint
 * as given; serialization, signing and the wire are still the SDK's own (the emulator routes on the path).
 */
export function fixedEndpointProvider(endpoint: string | undefined) {
  return endpoint ? { endpointProvider: () => ({ url: new URL(endpoint) }) } : {};
}

import type { AwsScanOptions } from "./options.js";
import { InputError } from "../../src/model/input-error.js";
import { plainHttpRefusal } from "../../src/text/loopback.js";
import { installOwnOperationsGuard, installReadGuard, type HasMiddlewareStack } from "./read-guard.js";
import { endpointRetryStrategy } from "./retry-budget.js";
import { sharedAgents } from "./http-agents.js";

/**
 * Per attempt: no reply headers (or an idle socket) for this long abandons the attempt with a TimeoutError,
 * which the SDK retries like any transient error, so an operation that never answers ends as an error entry
 * instead of a scan that never ends. Above a slow-but-working call (10 s seen on loaded endpoints).
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** TCP/TLS connect; a regional endpoint connects in milliseconds. */
export const CONNECTION_TIMEOUT_MS = 5_000;

/** Credentials the emulator accepts; used when an endpoint is given and nothing else is configured. */
const EMULATOR_CREDENTIALS = {
  accessKeyId: "AKIAAIPOSTUREEMULATOR",
  secretAccessKey: "emulator-secret-not-real",
};

/**
 * Configuration shared by every AWS client: the retry budget of the service endpoint (retry-budget.ts: the SDK's
 * StandardRetryStrategy, one per service and region for the whole scan, shared by every client and account, so
 * throttling is answered once per endpoint and never drains a client's private quota), one keep-alive socket pool
 * for every client (http-agents.ts), per-attempt timeouts, and one endpoint for every service when scanning the
 * emulator. The scanner's clients come from createAwsClient, which adds the read-only guard and names the service.
 */
export function awsClientConfig(options: AwsScanOptions, region: string, service = "aws") {
  // Every client passes here (scanner, Lambda sinks, exports), so no path sends a signed request in clear.
  const refusal = options.endpoint ? plainHttpRefusal(options.endpoint, "endpoint") : undefined;
  if (refusal) throw new InsecureEndpointError(refusal);
  const credentials =
    options.credentials ??
    (options.endpoint && !options.profile && !process.env.AWS_ACCESS_KEY_ID
      ? EMULATOR_CREDENTIALS
      : undefined);
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  return {
    region,
    maxAttempts: options.maxAttempts,
    retryStrategy: endpointRetryStrategy(service, region, options.endpoint, options.maxAttempts),
    requestHandler: {
      requestTimeout,
      // Without it the SDK only logs a warning when requestTimeout passes.
      throwOnRequestTimeout: true,
      socketTimeout: requestTimeout,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      ...sharedAgents(options.concurrency),
    },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(credentials ? { credentials } : {}),
  };
}

/** An endpoint that would carry credentials in clear; an input error, raised before any request. */
export class InsecureEndpointError extends InputError {
  override name = "InsecureEndpointError";
}

type AwsClientConfig = ReturnType<typeof awsClientConfig>;

/**
 * Every AWS client the scanner uses: the shared configuration (plus client-specific settings such as S3's
 * path style) and the read-only guard, so no command it sends escapes the operations list.
 */
export function createAwsClient<C extends HasMiddlewareStack, Extra extends object = object>(
  Client: new (config: AwsClientConfig & Extra) => C,
  options: AwsScanOptions,
  region: string,
  extra?: Extra,
): C {
  const client = new Client({ ...awsClientConfig(options, region, Client.name), ...(extra as Extra) });
  installReadGuard(client);
  if (options.deadline !== undefined) installDeadline(client, options.deadline);
  return client;
}

/** What a call refused for the scan's deadline throws: not transient, so the SDK does not retry it. */
export class DeadlineExceededError extends Error {
  override name = "DeadlineExceeded";
}

/**
 * Checked before every attempt (inside the SDK's retry loop): past the deadline, the attempt is not sent and the
 * call ends as an error entry instead of waiting out its retries.
 */
function installDeadline(client: HasMiddlewareStack, deadline: number): void {
  const add = client.middlewareStack.add.bind(client.middlewareStack) as (
    middleware: (next: (args: unknown) => Promise<unknown>) => (args: unknown) => Promise<unknown>,
    options: Record<string, unknown>,
  ) => void;
  add(
    (next) => async (args) => {
      if (Date.now() >= deadline)
        throw new DeadlineExceededError("the scan's --deadline passed before this call was sent");
      return next(args);
    },
    { step: "finalizeRequest", priority: "low", name: "aiposture-deadline" },
  );
}

/**
 * A client for the tool's own operations outside the scan (the Lambda reading the org-scan results bucket): the
 * shared configuration, and a guard that lets out only the operations listed for it.
 */
export function createOwnAwsClient<C extends HasMiddlewareStack, Extra extends object = object>(
  Client: new (config: AwsClientConfig & Extra) => C,
  options: AwsScanOptions,
  region: string,
  own: readonly { operation: string }[],
  extra?: Extra,
): C {
  const client = new Client({ ...awsClientConfig(options, region), ...(extra as Extra) });
  installOwnOperationsGuard(client, (operation) => own.some((entry) => entry.operation === operation));
  return client;
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

import { Agent } from "node:https";
import type { TokenCredential } from "@azure/identity";
import type { AzureScanOptions } from "./options.js";
import { armEndpoint, azureCredential } from "./credential.js";
import { readOnlyGuardPolicy } from "./guard.js";
import { replyChecksPolicy } from "./reply-checks.js";
import { deadlinePolicy, requestTimeoutPolicy } from "./timeout-policy.js";

/** First retry delay for transient failures; throttling replies wait for their Retry-After instead. */
const RETRY_DELAY_MS = 800;
const MAX_RETRY_DELAY_MS = 30_000;
/**
 * Per attempt: no reply headers within this long abandons the attempt, which the retry policy retries. ARM
 * answers list calls in seconds; as for AWS, 15 s stays above a slow-but-working call.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

/** What one Azure scan shares: the credential, the ARM endpoint, and one TLS agent for every ARM client. */
export interface ArmConnection {
  credential: TokenCredential;
  endpoint: string;
  /** Options every ARM client takes (classic core-client and modular clients alike). */
  clientOptions: ReturnType<typeof armClientOptions>;
  close(): void;
}

export function openArmConnection(options: AzureScanOptions): ArmConnection {
  const endpoint = armEndpoint(options);
  // The emulator's certificate is trusted by this agent only, never process-wide.
  const agent = options.azureCaCertificate
    ? new Agent({ ca: options.azureCaCertificate, keepAlive: true })
    : undefined;
  return {
    credential: azureCredential(options),
    endpoint,
    clientOptions: armClientOptions(options, endpoint, agent),
    close: () => agent?.destroy(),
  };
}

/**
 * Options for every ARM SDK client: the endpoint and token scope (classic clients read endpoint/baseUri and
 * credentialScopes, modular ones endpoint and credentials.scopes), the SDK's own retry policy — which honours
 * Retry-After on 429/503 and backs off exponentially otherwise — a per-attempt timeout, the read-only guard, and
 * the checks that a reply is an answer (reply-checks.ts).
 */
export function armClientOptions(options: AzureScanOptions, endpoint: string, agent: Agent | undefined) {
  const scope = `${new URL(endpoint).origin}/.default`;
  return {
    endpoint,
    baseUri: endpoint,
    credentialScopes: [scope],
    credentials: { scopes: [scope] },
    retryOptions: {
      maxRetries: Math.max(0, options.maxAttempts - 1),
      retryDelayInMs: RETRY_DELAY_MS,
      maxRetryDelayInMs: MAX_RETRY_DELAY_MS,
    },
    ...(agent ? { agent } : {}),
    userAgentOptions: { userAgentPrefix: "aiposture" },
    additionalPolicies: [
      { policy: readOnlyGuardPolicy, position: "perCall" as const },
      { policy: replyChecksPolicy, position: "perCall" as const },
      {
        policy: requestTimeoutPolicy(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
        position: "perRetry" as const,
      },
      ...(options.deadline !== undefined
        ? [{ policy: deadlinePolicy(options.deadline), position: "perRetry" as const }]
        : []),
    ],
  };
}

// A GET against Azure Resource Manager for APIs without an installed SDK client (Microsoft.Insights diagnostic
// settings): the same core-rest-pipeline the SDK clients use, so bearer auth, the retry policy honouring
// Retry-After, the TLS agent and the read-only guard are identical. Replies keep ARM's wire shape.
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  RestError,
  type HttpClient,
  type Pipeline,
} from "@azure/core-rest-pipeline";
import type { ArmConnection } from "./clients.js";

export class ArmRestClient {
  private readonly pipeline: Pipeline;
  private readonly http: HttpClient = createDefaultHttpClient();

  constructor(private readonly arm: ArmConnection) {
    const { retryOptions, userAgentOptions, credentialScopes, additionalPolicies } = arm.clientOptions;
    const agent = "agent" in arm.clientOptions ? arm.clientOptions.agent : undefined;
    this.pipeline = createPipelineFromOptions({
      retryOptions,
      userAgentOptions,
      ...(agent ? { agent } : {}),
    });
    // As the SDK clients place them: per call before the retry policy, per retry inside its loop.
    for (const { policy, position } of additionalPolicies)
      this.pipeline.addPolicy(policy, position === "perRetry" ? { afterPhase: "Sign" } : {});
    this.pipeline.addPolicy(
      bearerTokenAuthenticationPolicy({ credential: arm.credential, scopes: credentialScopes }),
    );
  }

  /** Every item of an ARM list, following nextLink. */
  async *list<T>(path: string, apiVersion: string): AsyncIterable<T> {
    let url: string | undefined = `${this.arm.endpoint}${path}?api-version=${encodeURIComponent(apiVersion)}`;
    while (url) {
      const page: { value?: T[]; nextLink?: string } = await this.send(url);
      yield* page.value ?? [];
      url = page.nextLink ?? undefined;
    }
  }

  /** One ARM resource. */
  get<T>(path: string, apiVersion: string): Promise<T> {
    return this.send<T>(`${this.arm.endpoint}${path}?api-version=${encodeURIComponent(apiVersion)}`);
  }

  private async send<T>(url: string): Promise<T> {
    const request = createPipelineRequest({ url, method: "GET" });
    const response = await this.pipeline.sendRequest(this.http, request);
    const text = response.bodyAsText ?? "";
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      throw new RestError(`Unparseable ARM reply (HTTP ${response.status})`, {
        code: "PARSE_ERROR",
        statusCode: response.status,
        request,
        response,
      });
    }
    if (response.status !== 200) {
      const error = (body as { error?: { code?: string; message?: string } }).error;
      throw new RestError(error?.message ?? `HTTP ${response.status}`, {
        code: error?.code ?? `HTTP${response.status}`,
        statusCode: response.status,
        request,
        response,
      });
    }
    return body as T;
  }
}

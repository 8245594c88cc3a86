// HTTPS webhook sink (Slack, Teams). No retry library is installed (p-retry is not a dependency), so retries
// are one small bounded loop here: up to maxAttempts, exponential backoff with full jitter, honouring
// Retry-After on 429; retried on network errors, 429 and 5xx; not on other 4xx, which will not change.
// The URL is a secret: errors name only the status or the error code, never the URL.
import { request } from "node:https";
import { setTimeout as sleep } from "node:timers/promises";
import type { Notification } from "../format.js";
import { scrub } from "../redact.js";
import type { Sink, SinkAttempt } from "./types.js";

export interface WebhookOptions {
  url: string;
  maxAttempts: number;
  timeoutMs: number;
  /** Extra trusted CA (the local receiver's throw-away certificate); production uses the system store. */
  ca?: string;
  /** First backoff step in ms (tests shorten it). */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

type PostResult = { status: number; retryAfterMs?: number } | { error: string };

export class WebhookSink implements Sink {
  readonly name = "webhook";
  constructor(private readonly options: WebhookOptions) {}

  async send(notification: Notification): Promise<SinkAttempt> {
    const body = JSON.stringify(notification.webhook);
    const base = this.options.baseDelayMs ?? 250;
    const cap = this.options.maxDelayMs ?? 5_000;
    let last = "";
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
      const result = await this.post(body);
      if ("status" in result && result.status >= 200 && result.status < 300)
        return { sink: this.name, ok: true, attempts: attempt };
      last = "status" in result ? `HTTP ${result.status}` : result.error;
      const retryable = !("status" in result) || result.status === 429 || result.status >= 500;
      if (!retryable || attempt === this.options.maxAttempts)
        return { sink: this.name, ok: false, attempts: attempt, error: last };
      const backoff = Math.random() * Math.min(cap, base * 2 ** (attempt - 1));
      const hinted =
        "status" in result && result.retryAfterMs !== undefined ? Math.min(cap, result.retryAfterMs) : 0;
      await sleep(Math.max(backoff, hinted));
    }
    return { sink: this.name, ok: false, attempts: this.options.maxAttempts, error: last };
  }

  private post(body: string): Promise<PostResult> {
    return new Promise((resolve) => {
      const req = request(
        this.options.url,
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
          timeout: this.options.timeoutMs,
          ...(this.options.ca ? { ca: this.options.ca } : {}),
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            const retryAfter = Number(res.headers["retry-after"]);
            resolve({
              status: res.statusCode ?? 0,
              ...(Number.isFinite(retryAfter) ? { retryAfterMs: retryAfter * 1000 } : {}),
            });
          });
          res.on("error", (e) => resolve({ error: this.describe(e) }));
        },
      );
      req.on("timeout", () => req.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
      req.on("error", (e) => resolve({ error: this.describe(e) }));
      req.end(body);
    });
  }

  private describe(error: Error): string {
    const code = (error as NodeJS.ErrnoException).code;
    return scrub(code ? `${code}: ${error.message}` : error.message, [this.options.url]);
  }
}

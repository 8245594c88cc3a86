// HTTPS webhook sink (Slack, Teams). No retry library is installed (p-retry is not a dependency), so retries
// are one small bounded loop here: up to maxAttempts, exponential backoff with full jitter, honouring
// Retry-After on 429; retried on network errors, 429 and 5xx; not on other 4xx, which will not change.
// The URL is a secret: errors name only the status or the error code, never the URL.
// Every send has an overall deadline (all attempts and backoff included), and each attempt a hard limit on the
// reply's status line: the status is the answer, so the body is never waited for (a 200 whose body trickles one
// byte at a time cannot hold the function).
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
  /** All attempts of one send end within this many ms (default: timeoutMs × maxAttempts). */
  deadlineMs?: number;
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
    const deadline =
      Date.now() + (this.options.deadlineMs ?? this.options.timeoutMs * this.options.maxAttempts);
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0)
        return { sink: this.name, ok: false, attempts: attempt - 1, error: `${last}; send deadline passed` };
      const result = await this.post(body, Math.min(this.options.timeoutMs, remaining));
      if ("status" in result && result.status >= 200 && result.status < 300)
        return { sink: this.name, ok: true, attempts: attempt };
      last = "status" in result ? `HTTP ${result.status}` : result.error;
      const retryable = !("status" in result) || result.status === 429 || result.status >= 500;
      if (!retryable || attempt === this.options.maxAttempts)
        return { sink: this.name, ok: false, attempts: attempt, error: last };
      const backoff = Math.random() * Math.min(cap, base * 2 ** (attempt - 1));
      const hinted =
        "status" in result && result.retryAfterMs !== undefined ? Math.min(cap, result.retryAfterMs) : 0;
      await sleep(Math.max(0, Math.min(Math.max(backoff, hinted), deadline - Date.now())));
    }
    return { sink: this.name, ok: false, attempts: this.options.maxAttempts, error: last };
  }

  private post(body: string, limitMs: number): Promise<PostResult> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (result: PostResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const req = request(
        this.options.url,
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
          timeout: limitMs,
          ...(this.options.ca ? { ca: this.options.ca } : {}),
        },
        (res) => {
          const retryAfter = Number(res.headers["retry-after"]);
          settle({
            status: res.statusCode ?? 0,
            ...(Number.isFinite(retryAfter) ? { retryAfterMs: retryAfter * 1000 } : {}),
          });
          // The status is the answer; whatever body follows is not read.
          res.destroy();
        },
      );
      // A hard limit, unlike the socket's idle timeout, which any trickle of bytes resets.
      const timer = setTimeout(() => {
        settle({ error: `ETIMEDOUT: no reply within ${limitMs} ms` });
        req.destroy();
      }, limitMs);
      req.on("timeout", () => req.destroy(Object.assign(new Error("timed out"), { code: "ETIMEDOUT" })));
      req.on("error", (e) => settle({ error: this.describe(e) }));
      req.end(body);
    });
  }

  private describe(error: Error): string {
    const code = (error as NodeJS.ErrnoException).code;
    return scrub(code ? `${code}: ${error.message}` : error.message, [this.options.url]);
  }
}

// A local HTTPS webhook receiver for tests and `npm run lambda:local`: records every POST and answers with
// scripted statuses (e.g. 500, 500, then 200) so sink retries can be observed. Its URL carries a token in the
// path, as Slack and Teams webhook URLs do, so tests can check the token never leaks into logs or results.
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { throwawayCertificate } from "./tls.js";

export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
  /** The status the receiver answered with. */
  status: number;
}

export interface WebhookReceiver {
  /** https://127.0.0.1:PORT/hooks/<token> */
  url: string;
  /** The secret part of the URL (to assert it is redacted). */
  token: string;
  /** PEM of the throw-away certificate: pass as `ca` to trust it. */
  ca: string;
  /** Every request, in arrival order, including those answered with an error. */
  received(): ReceivedWebhook[];
  /** Only requests answered 2xx: what a channel would show. */
  delivered(): ReceivedWebhook[];
  /** Statuses for the next requests, in order; after they run out the receiver answers 200. */
  respondWith(statuses: number[]): void;
  /**
   * How the next requests are answered: "hang" never answers; "trickle" answers 200 and then sends one byte
   * every 500 ms, never ending the body. undefined: normally. Requests are still recorded.
   */
  misbehave(mode: "hang" | "trickle" | undefined): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(options: { statuses?: number[] } = {}): Promise<WebhookReceiver> {
  const { cert, key } = throwawayCertificate();
  const token = randomBytes(12).toString("hex");
  let script = [...(options.statuses ?? [])];
  let received: ReceivedWebhook[] = [];
  let mode: "hang" | "trickle" | undefined;
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer({ cert, key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const status = req.url?.endsWith(token) ? (script.shift() ?? 200) : 404;
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      received.push({ path: req.url ?? "/", headers: req.headers, body, json, status });
      if (mode === "hang") return;
      if (mode === "trickle") {
        res.writeHead(200, { "content-type": "text/plain" });
        const timer = setInterval(() => res.write("."), 500);
        timers.add(timer);
        res.on("close", () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      // Slack answers "ok" in text/plain; Teams answers "1". Errors carry a short reason.
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status < 300 ? "ok" : status === 404 ? "no_service" : "internal_error");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `https://127.0.0.1:${port}/hooks/${token}`,
    token,
    ca: cert,
    received: () => [...received],
    delivered: () => received.filter((r) => r.status < 300),
    respondWith: (statuses) => void (script = [...statuses]),
    misbehave: (next) => void (mode = next),
    reset: () => {
      received = [];
      script = [];
    },
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

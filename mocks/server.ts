// The emulator's HTTP server: one endpoint for all services. Per request: route to a service, name the
// operation, count it, refuse writes, apply faults, then let the service answer.
import { createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { ARM_RESOURCE_TYPES } from "./estate/compose.js";
import { validateEstate } from "./estate/load.js";
import { loadEstateOrInventory } from "./estate-file.js";
import type { Account, EstateInput, FaultsInput } from "./estate/schema.js";
import { faultsSchema } from "./estate/schema.js";
import { ConnectionReset, FaultEngine } from "./faults/engine.js";
import { malform, TokenRepeater } from "./faults/replies.js";
import { SERVICES } from "./services/index.js";
import { ARM_SERVICES, createSelfSignedCertificate } from "./azure/index.js";
import { RuntimeState, writeAllowed, type WriteAllowance } from "./runtime.js";
import type { Estate } from "./estate/schema.js";
import { parseSigV4 } from "./sigv4.js";
import type { EmuRequest, EmuResponse, ServiceEmulator } from "./types.js";

export interface EmulatorOptions {
  /** An estate object, or the path of a YAML/JSON estate file. */
  estate: EstateInput | string;
  /** 0 or omitted: a random free port. */
  port?: number;
  latencyMs?: number;
  pageSize?: number;
  /** Merged over estate.faults: scalars replace, rule lists are appended. */
  faults?: FaultsInput;
  /** Writes to accept (the Lambda's own SNS/DynamoDB writes, scoped to their resource); all others are refused. */
  allowWrites?: WriteAllowance[];
}

export interface Emulator {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  /** https://127.0.0.1:PORT2 — Azure Resource Manager, with a throw-away certificate made at start. */
  azureEndpoint: string;
  /** PEM of that certificate: trust it for azureEndpoint only (providers/azure/clients.ts does). */
  azureCaCertificate: string;
  /** Calls per "service:Operation", e.g. "s3:GetBucketPolicy". */
  calls(): Record<string, number>;
  /** "service:Operation resource" for every write the emulator refused. */
  writesAttempted(): string[];
  redirects(): number;
  /** Throttling replies sent (each one a retry the client had to make). */
  throttles(): number;
  resetStats(): void;
  close(): Promise<void>;
  /** "service:Operation resource" for every write accepted through `allowWrites`. */
  writesAccepted(): string[];
  /** What services wrote while running (SNS messages, DynamoDB items). */
  readonly runtime: RuntimeState;
  /** What a replayed inventory held that the emulator does not serve (services without a replay). */
  readonly notes: readonly string[];
  /** Test-only: change the live estate between calls (e.g. fix a bucket policy); later requests see it. */
  mutateEstate(change: (estate: Estate) => void): void;
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const { estate, notes } =
    typeof options.estate === "string"
      ? loadEstateOrInventory(options.estate)
      : { estate: validateEstate(options.estate), notes: [] };
  const extra = faultsSchema.parse(options.faults ?? {});
  const faults = {
    latencyMs: options.latencyMs ?? extra.latencyMs ?? estate.faults.latencyMs,
    pageSize: options.pageSize ?? extra.pageSize ?? estate.faults.pageSize,
    throttle: [...estate.faults.throttle, ...extra.throttle],
    accessDenied: [...estate.faults.accessDenied, ...extra.accessDenied],
    malformed: [...estate.faults.malformed, ...extra.malformed],
    hang: [...estate.faults.hang, ...extra.hang],
    repeatToken: [...estate.faults.repeatToken, ...extra.repeatToken],
    serverError: [...estate.faults.serverError, ...extra.serverError],
    reset: [...estate.faults.reset, ...extra.reset],
    slow: [...estate.faults.slow, ...extra.slow],
  };
  const engine = new FaultEngine(faults);
  const repeater = new TokenRepeater();
  let calls: Record<string, number> = {};
  let throttled = 0;
  let writes: string[] = [];
  let accepted: string[] = [];
  const runtime = new RuntimeState();
  const allowWrites = options.allowWrites ?? [];
  let redirects = 0;
  let endpoint = "";
  let closing: Promise<void> | undefined;

  const accountFor = (accessKeyId: string | undefined): Account => {
    const accounts = estate.aws.accounts;
    const found = accessKeyId ? accounts.find((a) => a.accessKeyIds.includes(accessKeyId)) : undefined;
    // The schema guarantees at least one account.
    return found ?? (accounts[0] as Account);
  };

  async function respond(
    req: EmuRequest,
    services: readonly ServiceEmulator[] = SERVICES,
    base = endpoint,
  ): Promise<EmuResponse> {
    const service = services.find((s) => s.matches(req));
    if (!service)
      return {
        status: 400,
        headers: { "content-type": "text/plain" },
        body: "no emulated service matches this request",
      };
    const op = service.operation(req);
    if (!op) return failure(service, service.errors.unknownOperation);
    const key = `${service.name}:${op.name}`;
    calls[key] = (calls[key] ?? 0) + 1;
    const allowedWrite = op.write && writeAllowed(allowWrites, service.name, op.name, op.resource);
    if (allowedWrite) accepted.push(op.resource ? `${key} ${op.resource}` : key);
    if (op.write && !allowedWrite) {
      writes.push(op.resource ? `${key} ${op.resource}` : key);
      return failure(service, service.errors.writeDenied);
    }
    // AWS services need a SigV4 scope; ARM services a bearer token (service.authenticated).
    if (!(service.authenticated ? service.authenticated(req) : req.auth))
      return failure(service, service.errors.missingAuth);
    if (faults.latencyMs) await sleep(faults.latencyMs);
    const decision = engine.decide(service.name, op.name, op.resource);
    // Never settles: the socket stays open until the client gives up or the emulator closes.
    if (decision.kind === "hang") return new Promise<never>(() => undefined);
    if (decision.kind === "throttle") {
      throttled++;
      const res = failure(service, service.errors.throttling);
      res.headers = { ...res.headers, "retry-after": String(decision.retryAfterSeconds) };
      return res;
    }
    if (decision.kind === "accessDenied") return failure(service, service.errors.accessDenied);
    if (decision.kind === "reset") throw new ConnectionReset();
    if (decision.kind === "serverError")
      return decision.status === 503
        ? service.errors.error(503, "ServiceUnavailable", "Service is unable to handle request.")
        : service.errors.error(500, "InternalError", "We encountered an internal error. Please try again.");
    const delay = engine.delayFor(service.name, op.name, op.resource);
    if (delay > 0) await sleep(delay);
    const res = await service.handle(req, op, {
      estate,
      account: accountFor(req.auth?.accessKeyId),
      region: req.auth?.region ?? "global",
      endpoint: base,
      pageSize: faults.pageSize,
      countRedirect: () => void redirects++,
      runtime,
      armResourceTypes: ARM_RESOURCE_TYPES,
    });
    // Per region too: a token is only valid where it was issued.
    const listing = `${key}\u0000${req.auth?.region ?? ""}\u0000${op.resource}`;
    const paged = decision.repeatToken ? repeater.apply(listing, res) : res;
    return decision.malformed ? malform(paged, decision.malformed) : paged;
  }

  const server = createServer((incoming, outgoing) => {
    void serve(incoming, outgoing, respond);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Azure Resource Manager: HTTPS (the Azure SDK sends bearer tokens over TLS only) on a second port.
  const certificate = createSelfSignedCertificate();
  let azureEndpoint = "";
  const armServer = createHttpsServer(
    { cert: certificate.cert, key: certificate.key },
    (incoming, outgoing) => {
      void serve(incoming, outgoing, (req) => respond(req, ARM_SERVICES, azureEndpoint));
    },
  );
  await new Promise<void>((resolve, reject) => {
    armServer.once("error", reject);
    armServer.listen(0, "127.0.0.1", () => resolve());
  });
  azureEndpoint = `https://127.0.0.1:${(armServer.address() as AddressInfo).port}`;

  return {
    notes,
    endpoint,
    azureEndpoint,
    azureCaCertificate: certificate.cert,
    calls: () => ({ ...calls }),
    writesAttempted: () => [...writes],
    redirects: () => redirects,
    throttles: () => throttled,
    writesAccepted: () => [...accepted],
    runtime,
    mutateEstate: (change) => change(estate),
    resetStats: () => {
      calls = {};
      throttled = 0;
      writes = [];
      accepted = [];
      redirects = 0;
    },
    // Idempotent, so test teardown can always call it.
    close: () =>
      (closing ??= Promise.all(
        [server, armServer].map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      ).then(() => undefined)),
  };
}

function failure(
  service: ServiceEmulator,
  e: { status: number; code: string; message: string },
): EmuResponse {
  return service.errors.error(e.status, e.code, e.message);
}

async function serve(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  respond: (req: EmuRequest) => Promise<EmuResponse>,
): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const url = new URL(incoming.url ?? "/", "http://emulator");
    const host = String(incoming.headers.host ?? "").replace(/:\d+$/, "");
    const req: EmuRequest = {
      method: (incoming.method ?? "GET").toUpperCase(),
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString("utf8"),
      host,
      auth: parseSigV4(incoming.headers, url.searchParams),
    };
    const res = await respond(req);
    const body = res.bytes ?? res.body ?? "";
    // A HEAD reply names the length of the body it does not send (S3 HeadObject).
    const length =
      req.method === "HEAD" && res.headers?.["content-length"]
        ? res.headers["content-length"]
        : String(Buffer.byteLength(body));
    outgoing.writeHead(res.status, { ...res.headers, "content-length": length });
    outgoing.end(body);
  } catch (err) {
    if (err instanceof ConnectionReset) {
      incoming.socket.destroy();
      return;
    }
    // An emulator bug must be visible, not look like a cloud reply.
    outgoing.writeHead(500, { "content-type": "text/plain" });
    outgoing.end(`emulator error: ${(err as Error).stack ?? String(err)}`);
  }
}

// The read-only guard: an initialize-step middleware on every AWS client the scanner builds (createAwsClient in
// clients.ts). It names the command by the SDK's own middleware context (clientName, commandName), so it holds
// for every command sent through such a client and survives bundlers that rename classes. A command leaves the
// process only when an AwsReader is sending it and that reader admits it as a listed read. The guard is the
// outermost middleware, so the SDK calls it synchronously inside client.send(): the reader names itself in a
// variable for exactly that synchronous span. (AsyncLocalStorage did this before, but on Node 20 it turns on
// promise hooks for every promise of the process: ~5 % of the scanner's CPU.) A send that reaches the guard
// any other way finds no reader and is refused, so a change in the SDK's order fails closed.

/** One send by the reader: who may go out, and (filled in by the guard) which operation did. */
export interface GuardedSend {
  /** The client name the reader's caller gave ("s3", "bedrock-agent"): it must be the SDK client sending. */
  client: string;
  admits(client: string, operation: string): boolean;
  /** Set by the guard: the operation the SDK sent, as error entries and the emulator name it. */
  operation?: string;
}

/** A command the guard refused: a bug in aiposture, not a coverage gap, so the reader rethrows it. */
export class UnlistedOperationError extends Error {
  override name = "UnlistedOperationError";
}

/** The reader's send in progress, set only while client.send() runs synchronously (sendGuarded). */
let current: GuardedSend | undefined;

export function sendGuarded<T>(send: GuardedSend, work: () => Promise<T>): Promise<T> {
  const outer = current;
  current = send;
  try {
    return work();
  } finally {
    current = outer;
  }
}

/** The slice of the SDK's handler context the guard reads. */
interface SdkContext {
  clientName?: string;
  commandName?: string;
}
type Handler = (args: unknown) => Promise<unknown>;

function readOnlyGuard(next: Handler, context: SdkContext): Handler {
  return async (args) => {
    // Read before any await: `current` names the sender only during client.send()'s synchronous start.
    const send = current;
    const operation = (context.commandName ?? "").replace(/Command$/, "");
    const sdkClient = context.clientName ?? "an unnamed client";
    const refuse = (why: string) =>
      new UnlistedOperationError(
        `${sdkClient} ${operation || "(unnamed command)"} ${why}: every AWS call must be a listed read sent by AwsReader (the service manifest's operations)`,
      );
    if (!send) throw refuse("was sent outside AwsReader");
    if (!sameClient(sdkClient, send.client)) throw refuse(`is not a command of ${send.client}`);
    if (!send.admits(send.client, operation)) throw refuse("is not in the list of read operations");
    send.operation = operation;
    return next(args);
  };
}

/** "S3ControlClient" is "s3-control", "BedrockAgentClient" is "bedrock-agent": same letters, case aside. */
function sameClient(sdkClientName: string, listed: string): boolean {
  const letters = (name: string) =>
    name
      .replace(/Client$/, "")
      .replace(/[^a-z0-9]/gi, "")
      .toLowerCase();
  return letters(sdkClientName) === letters(listed);
}

/** What the guard needs of an SDK client: its middleware stack. */
export interface HasMiddlewareStack {
  middlewareStack: { add(middleware: never, options: never): void };
}

const guarded = new WeakSet<object>();

export function installReadGuard(client: HasMiddlewareStack): void {
  const add = client.middlewareStack.add.bind(client.middlewareStack) as (
    middleware: typeof readOnlyGuard,
    options: Record<string, unknown>,
  ) => void;
  // High priority in the first step: nothing (serialization, endpoint, signing, retries) runs before it.
  add(readOnlyGuard, { step: "initialize", priority: "high", name: "aiposture-read-only-guard" });
  guarded.add(client);
}

export function hasReadGuard(client: object): boolean {
  return guarded.has(client);
}

/**
 * The guard for a client of the tool's own operations outside the scan (the org-scan results object): only the
 * commands `admits` names leave, whoever sends them.
 */
export function installOwnOperationsGuard(
  client: HasMiddlewareStack,
  admits: (operation: string) => boolean,
): void {
  const guard = (next: Handler, context: SdkContext): Handler => {
    return async (args) => {
      const operation = (context.commandName ?? "").replace(/Command$/, "");
      if (!admits(operation))
        throw new UnlistedOperationError(
          `${context.clientName ?? "an unnamed client"} ${operation || "(unnamed command)"} is not one of this client's own listed operations`,
        );
      return next(args);
    };
  };
  const add = client.middlewareStack.add.bind(client.middlewareStack) as (
    middleware: typeof guard,
    options: Record<string, unknown>,
  ) => void;
  add(guard, { step: "initialize", priority: "high", name: "aiposture-own-operations-guard" });
}

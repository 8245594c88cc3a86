// The Lambda's own AWS operations: delivering alerts (SNS Publish) and keeping its dedupe state (DynamoDB).
// Kept apart from the scanner's list (providers/aws/operations.ts), which must stay read-only: these include
// writes, on two resources the deployment owns. The CDK role grants both lists; the SNS sink and the state
// store guard their clients so that no command not listed here leaves the process.

export interface LambdaOperation {
  client: "sns" | "dynamodb";
  operation: string;
  iamAction: string;
  /** The only resource it may touch: the alert topic or the state table (never a scanned resource). */
  resource: "alert-topic" | "state-table";
  write: boolean;
  why: string;
}

export const LAMBDA_OWN_OPERATIONS: readonly LambdaOperation[] = [
  {
    client: "sns",
    operation: "Publish",
    iamAction: "sns:Publish",
    resource: "alert-topic",
    write: true,
    why: "deliver alerts to the topic",
  },
  {
    client: "dynamodb",
    operation: "BatchGetItem",
    iamAction: "dynamodb:BatchGetItem",
    resource: "state-table",
    write: false,
    why: "read which findings were already alerted",
  },
  {
    client: "dynamodb",
    operation: "GetItem",
    iamAction: "dynamodb:GetItem",
    resource: "state-table",
    write: false,
    why: "was this event already handled (duplicate delivery)",
  },
  {
    client: "dynamodb",
    operation: "UpdateItem",
    iamAction: "dynamodb:UpdateItem",
    resource: "state-table",
    write: true,
    why: "claim, confirm or release an alert transition (conditional)",
  },
  {
    client: "dynamodb",
    operation: "PutItem",
    iamAction: "dynamodb:PutItem",
    resource: "state-table",
    write: true,
    why: "record a handled event id (conditional, with a TTL)",
  },
];

/** The writes alone: what the emulator must be told to accept, and what a reviewer should look at first. */
export const LAMBDA_WRITE_OPERATIONS = LAMBDA_OWN_OPERATIONS.filter((op) => op.write);

/** What the guard needs of an SDK client: its middleware stack. */
export interface HasMiddlewareStack {
  middlewareStack: { add(middleware: never, options: never): void };
}

const guarded = new WeakSet<object>();

/**
 * Lets the client send only the Lambda's own operations of `client`: an initialize-step middleware that names
 * each command by the SDK's middleware context (clientName, commandName), so it holds for every command the
 * client sends and survives bundling that renames classes. Idempotent.
 */
export function guardOwnOperations(client: HasMiddlewareStack, name: LambdaOperation["client"]): void {
  if (guarded.has(client)) return;
  const add = client.middlewareStack.add.bind(client.middlewareStack) as (
    middleware: (
      next: (args: unknown) => Promise<unknown>,
      context: { clientName?: string; commandName?: string },
    ) => (args: unknown) => Promise<unknown>,
    options: Record<string, unknown>,
  ) => void;
  add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? "").replace(/Command$/, "");
      const sdkClient = (context.clientName ?? "").replace(/Client$/, "").toLowerCase();
      if (
        sdkClient !== name ||
        !LAMBDA_OWN_OPERATIONS.some((op) => op.client === name && op.operation === operation)
      )
        throw new Error(
          `${context.clientName ?? "client"} ${operation} is not in the Lambda's own operations (runtimes/aws-lambda/operations.ts)`,
        );
      return next(args);
    },
    { step: "initialize", priority: "high", name: "aiposture-own-operations-guard" },
  );
  guarded.add(client);
}

/**
 * The Lambda's writes as emulator allowances ({service, operation, resource}), scoped to its own topic and
 * table: what `lambda:local` and the tests pass to startEmulator({ allowWrites }).
 */
export function ownWriteAllowances(topicArn: string | undefined, table: string) {
  return LAMBDA_WRITE_OPERATIONS.flatMap((op) => {
    const resource = op.resource === "alert-topic" ? topicArn : table;
    return resource ? [{ service: op.client, operation: op.operation, resource }] : [];
  });
}

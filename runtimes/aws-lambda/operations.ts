// The Lambda's own AWS operations: delivering alerts (SNS Publish) and keeping its dedupe state (DynamoDB).
// Kept apart from the scanner's list (providers/aws/operations.ts), which must stay read-only: these include
// writes, on two resources the deployment owns. The CDK role grants both lists; the SNS sink and the state
// store refuse any command not listed here.

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

/** Throws unless the command is one of the Lambda's own operations (a programming error, not a cloud error). */
export function assertOwnOperation(client: LambdaOperation["client"], command: object): void {
  const operation = command.constructor.name.replace(/Command$/, "");
  if (!LAMBDA_OWN_OPERATIONS.some((op) => op.client === client && op.operation === operation))
    throw new Error(
      `${client}:${operation} is not in the Lambda's own operations (src/lambda/operations.ts)`,
    );
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

// Amazon SNS (aws-query): Publish to topics declared in the estate, recorded in runtime state so tests can read
// what was sent. Publish is a write, so it is refused unless the emulator was started with an allowance for it
// (the Lambda's own sink writes; the scanner never publishes). Errors follow the SNS API Reference (Publish).
import { randomUUID } from "node:crypto";
import { isQueryRequest, queryError, queryOk, queryParams } from "../protocols/aws-query.js";
import type { RuntimeState } from "../runtime.js";
import type {
  EmuRequest,
  EmuResponse,
  HandlerContext,
  Operation,
  ServiceEmulator,
  ServiceErrors,
} from "../types.js";

const NS = "http://sns.amazonaws.com/doc/2010-03-31/";
/** Publish accepts at most 256 KiB of message (SNS quotas). */
const MAX_MESSAGE_BYTES = 262_144;

export interface SnsMessage {
  MessageId: string;
  TopicArn: string;
  Subject?: string;
  Message: string;
  MessageAttributes: Record<string, { DataType: string; StringValue?: string }>;
}

const errors: ServiceErrors = {
  error: (status, code, message) => queryError(status, code, message, NS),
  throttling: { status: 429, code: "Throttled", message: "Rate exceeded" },
  accessDenied: {
    status: 403,
    code: "AuthorizationError",
    message: "User is not authorized to perform this action",
  },
  missingAuth: {
    status: 403,
    code: "MissingAuthenticationToken",
    message: "Request is missing Authentication Token",
  },
  writeDenied: { status: 403, code: "AuthorizationError", message: "The emulator is read-only" },
  unknownOperation: { status: 400, code: "InvalidAction", message: "Could not find operation" },
};

function operation(req: EmuRequest): Operation | undefined {
  const params = queryParams(req);
  const action = params.get("Action");
  if (!action) return undefined;
  return {
    name: action,
    resource: params.get("TopicArn") ?? params.get("TargetArn") ?? "",
    write: !/^(Get|List)/.test(action),
  };
}

/** Messages published so far, oldest first, across topics. */
export function snsMessages(runtime: RuntimeState): SnsMessage[] {
  return runtime.slot<SnsMessage[]>("sns", () => []);
}

function handle(req: EmuRequest, op: Operation, ctx: HandlerContext): EmuResponse {
  if (op.name !== "Publish") return errors.error(400, "InvalidAction", `Could not find operation ${op.name}`);
  const params = queryParams(req);
  const topicArn = params.get("TopicArn") ?? params.get("TargetArn");
  if (!topicArn) return invalid("TopicArn or TargetArn Reason: no value for required parameter");
  const parts = topicArn.split(":");
  if (parts.length !== 6 || parts[2] !== "sns") return invalid("TopicArn");
  if (parts[3] !== ctx.region) return invalid("TopicArn");
  const topic = ctx.estate.aws.accounts
    .flatMap((account) => account.sns?.Topics ?? [])
    .find((t) => t.TopicArn === topicArn);
  if (!topic) return errors.error(404, "NotFound", "Topic does not exist");
  if (parts[4] !== ctx.account.id)
    return errors.error(403, "AuthorizationError", "User is not authorized to perform: SNS:Publish");

  const message = params.get("Message");
  if (message === null || message === "") return invalid("Empty message");
  if (Buffer.byteLength(message) > MAX_MESSAGE_BYTES) return invalid("Message too long");
  // MessageStructure=json: the message must be a JSON object with a "default" string (per-protocol bodies).
  if (params.get("MessageStructure") === "json" && !hasDefaultEntry(message))
    return invalid("Message Structure - No default entry in JSON message body");
  const subject = params.get("Subject") ?? undefined;
  // Subject: ASCII, no line breaks or control characters, at most 100 characters.
  if (subject !== undefined && (subject.length > 100 || !/^[\x20-\x7e]+$/.test(subject)))
    return invalid("Subject");

  const record: SnsMessage = {
    MessageId: randomUUID(),
    TopicArn: topicArn,
    Message: message,
    MessageAttributes: messageAttributes(params),
    ...(subject !== undefined ? { Subject: subject } : {}),
  };
  snsMessages(ctx.runtime).push(record);
  return queryOk("Publish", { MessageId: record.MessageId }, NS);
}

function hasDefaultEntry(message: string): boolean {
  try {
    const parsed = JSON.parse(message) as unknown;
    return (
      typeof parsed === "object" &&
      parsed !== null &&
      typeof (parsed as { default?: unknown }).default === "string"
    );
  } catch {
    return false;
  }
}

function invalid(what: string, code = "InvalidParameter"): EmuResponse {
  return errors.error(400, code, `Invalid parameter: ${what}`);
}

/** MessageAttributes.entry.N.Name / .Value.DataType / .Value.StringValue, as the query protocol flattens maps. */
function messageAttributes(params: URLSearchParams): SnsMessage["MessageAttributes"] {
  const out: SnsMessage["MessageAttributes"] = {};
  for (let n = 1; params.has(`MessageAttributes.entry.${n}.Name`); n++) {
    const prefix = `MessageAttributes.entry.${n}`;
    const name = params.get(`${prefix}.Name`) ?? "";
    const stringValue = params.get(`${prefix}.Value.StringValue`);
    out[name] = {
      DataType: params.get(`${prefix}.Value.DataType`) ?? "String",
      ...(stringValue !== null ? { StringValue: stringValue } : {}),
    };
  }
  return out;
}

export const sns: ServiceEmulator = {
  name: "sns",
  matches: (req) => req.auth?.service === "sns" || (!req.auth && isSnsUnsigned(req)),
  operation,
  errors,
  handle,
};

/** Unsigned query requests that name an SNS action (STS claims other unsigned query requests). */
function isSnsUnsigned(req: EmuRequest): boolean {
  return isQueryRequest(req) && queryParams(req).has("TopicArn");
}

// JSON protocols, ready for the next services: awsJson1_0 / awsJson1_1 (SageMaker, DynamoDB, AOSS: POST / with
// X-Amz-Target) and restJson1 (OpenSearch, Bedrock, GuardDuty: REST paths). Errors carry the code in
// x-amzn-ErrorType and `__type`, which is what the SDK deserializers read.
import type { EmuRequest, EmuResponse } from "../types.js";
import { requestId } from "./request-id.js";

/** The operation of an awsJson request, e.g. "SageMaker.ListEndpoints" → "ListEndpoints". */
export function jsonTarget(req: EmuRequest): { prefix: string; operation: string } | undefined {
  const target = req.headers["x-amz-target"];
  if (typeof target !== "string") return undefined;
  const dot = target.lastIndexOf(".");
  return { prefix: target.slice(0, dot), operation: target.slice(dot + 1) };
}

export function parseJsonBody(req: EmuRequest): unknown {
  return req.body ? JSON.parse(req.body) : {};
}

export function jsonOk(body: unknown, version: "1.0" | "1.1" | "rest" = "rest", status = 200): EmuResponse {
  const type = version === "rest" ? "application/json" : `application/x-amz-json-${version}`;
  return {
    status,
    headers: { "content-type": type, "x-amzn-requestid": requestId() },
    body: JSON.stringify(body),
  };
}

export function jsonError(
  status: number,
  code: string,
  message: string,
  version: "1.0" | "1.1" | "rest" = "rest",
): EmuResponse {
  const type = version === "rest" ? "application/json" : `application/x-amz-json-${version}`;
  return {
    status,
    headers: { "content-type": type, "x-amzn-requestid": requestId(), "x-amzn-errortype": code },
    body: JSON.stringify({ __type: code, message }),
  };
}

// aws-query (STS, SNS, …): form-encoded POST with Action=…; replies <ActionResponse><ActionResult>, errors
// <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>.
import type { EmuRequest, EmuResponse } from "../types.js";
import { xmlDocument } from "./xml.js";
import type { XmlNode } from "./xml.js";
import { requestId } from "./request-id.js";

export function isQueryRequest(req: EmuRequest): boolean {
  const type = String(req.headers["content-type"] ?? "");
  return req.method === "POST" && type.startsWith("application/x-www-form-urlencoded");
}

export function queryParams(req: EmuRequest): URLSearchParams {
  const params = new URLSearchParams(req.body);
  for (const [k, v] of req.query) if (!params.has(k)) params.set(k, v);
  return params;
}

export function queryOk(action: string, result: XmlNode, xmlns: string): EmuResponse {
  const body = xmlDocument(
    `${action}Response`,
    { [`${action}Result`]: result, ResponseMetadata: { RequestId: requestId() } },
    xmlns,
  );
  return { status: 200, headers: { "content-type": "text/xml" }, body };
}

export function queryError(status: number, code: string, message: string, xmlns: string): EmuResponse {
  const type = status >= 500 ? "Receiver" : "Sender";
  const body = xmlDocument(
    "ErrorResponse",
    { Error: { Type: type, Code: code, Message: message }, RequestId: requestId() },
    xmlns,
  );
  return { status, headers: { "content-type": "text/xml" }, body };
}

// REST-XML (S3, S3 Control). S3 sends errors unwrapped (<Error> at the root, smithy noErrorWrapping);
// S3 Control wraps them in <ErrorResponse><Error>.
import type { EmuResponse } from "../types.js";
import { xmlDocument } from "./xml.js";
import type { XmlNode } from "./xml.js";
import { hostId, requestId } from "./request-id.js";

export function xmlOk(
  root: string,
  body: XmlNode | string,
  xmlns?: string,
  headers: Record<string, string> = {},
): EmuResponse {
  return xmlResponse(200, xmlDocument(root, body, xmlns), headers);
}

export function xmlResponse(status: number, body: string, headers: Record<string, string> = {}): EmuResponse {
  const id = requestId();
  return {
    status,
    headers: {
      "content-type": "application/xml",
      "x-amz-request-id": id,
      "x-amz-id-2": hostId(),
      ...headers,
    },
    body,
  };
}

export function restXmlError(
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
  wrapped = false,
  headers: Record<string, string> = {},
): EmuResponse {
  const id = requestId();
  const host = hostId();
  const error: XmlNode = { Code: code, Message: message, ...extra };
  const body = wrapped
    ? xmlDocument("ErrorResponse", { Error: error, RequestId: id, HostId: host })
    : xmlDocument("Error", { ...error, RequestId: id, HostId: host });
  return {
    status,
    headers: { "content-type": "application/xml", "x-amz-request-id": id, "x-amz-id-2": host, ...headers },
    body,
  };
}

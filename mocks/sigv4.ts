// Reads the SigV4 credential scope (header or presigned query). Signatures are deliberately not verified:
// the emulator only needs who (access key), where (region) and which service the client meant.
import type { IncomingHttpHeaders } from "node:http";
import type { SigV4Scope } from "./types.js";

const CREDENTIAL = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/;

export function parseSigV4(headers: IncomingHttpHeaders, query: URLSearchParams): SigV4Scope | undefined {
  const auth = headers.authorization;
  let match: RegExpExecArray | null = null;
  if (typeof auth === "string" && auth.startsWith("AWS4-HMAC-SHA256 ")) match = CREDENTIAL.exec(auth);
  else if (query.get("X-Amz-Algorithm") === "AWS4-HMAC-SHA256")
    match = CREDENTIAL.exec(`Credential=${query.get("X-Amz-Credential") ?? ""}`);
  if (!match) return undefined;
  const [, accessKeyId, date, region, service] = match;
  if (!accessKeyId || !date || !region || !service) return undefined;
  return { accessKeyId, date, region, service };
}

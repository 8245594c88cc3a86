// Faults that rewrite a service's reply after it was made: malformed bodies and a next-page token that repeats.
// Both work on the wire text (JSON or XML), so every service gets them without knowing about them.
import type { MalformedBody } from "../estate/schema.js";
import type { EmuResponse } from "../types.js";

/** A 200 whose body a client cannot trust: half of it, nothing at all, or the protocol's empty document. */
export function malform(res: EmuResponse, kind: MalformedBody): EmuResponse {
  const body = res.body ?? "";
  if (kind === "empty") return { ...res, status: 200, body: "" };
  if (kind === "bare") return { ...res, status: 200, body: bareDocument(body) };
  return { ...res, status: 200, body: `${body.slice(0, Math.floor(body.length / 2))}<<\u0000` };
}

/** `{}` for JSON, the root element with nothing in it for XML (`<ListAllMyBucketsResult/>`). */
function bareDocument(body: string): string {
  const text = body.trimStart();
  if (text.startsWith("{")) return "{}";
  const root = /<([A-Za-z][\w.-]*)[\s>/]/.exec(text.replace(/^<\?xml[^>]*\?>\s*/, ""));
  return root ? `<?xml version="1.0" encoding="UTF-8"?><${root[1]}/>` : "";
}

const JSON_TOKEN_FIELDS = ["NextToken", "nextToken", "nextLink", "ContinuationToken"];
const XML_TOKEN = /<(ContinuationToken|NextContinuationToken|NextToken)>([^<]*)<\/\1>/;

/**
 * Replaces each reply's next-page token with the first one returned for the same key (operation + resource),
 * adding it to a last page too, so a client that follows tokens never reaches the end.
 */
export class TokenRepeater {
  private readonly first = new Map<string, { field: string; value: string }>();

  apply(key: string, res: EmuResponse): EmuResponse {
    if (res.status !== 200 || !res.body) return res;
    const body = res.body;
    return body.trimStart().startsWith("{") ? this.json(key, res, body) : this.xml(key, res, body);
  }

  private json(key: string, res: EmuResponse, body: string): EmuResponse {
    const reply = JSON.parse(body) as Record<string, unknown>;
    const field = JSON_TOKEN_FIELDS.find((f) => typeof reply[f] === "string" && reply[f] !== "");
    const stored = this.first.get(key);
    if (!stored) {
      if (field) this.first.set(key, { field, value: reply[field] as string });
      return res;
    }
    return { ...res, body: JSON.stringify({ ...reply, [stored.field]: stored.value }) };
  }

  private xml(key: string, res: EmuResponse, body: string): EmuResponse {
    const found = XML_TOKEN.exec(body);
    const stored = this.first.get(key);
    if (!stored) {
      if (found?.[1] && found[2]) this.first.set(key, { field: found[1], value: found[2] });
      return res;
    }
    const element = `<${stored.field}>${stored.value}</${stored.field}>`;
    if (found) return { ...res, body: body.replace(XML_TOKEN, element) };
    return { ...res, body: body.replace(/<\/([A-Za-z][\w.-]*)>\s*$/, `${element}</$1>`) };
  }
}

// S3 objects: GetObject (whole or one byte range) and HeadObject. Semantics follow the Amazon S3 API Reference,
// GetObject and HeadObject: `Range: bytes=first-last`, `bytes=first-` and `bytes=-suffix` answer 206 with
// Content-Range; a range that starts past the end is 416 InvalidRange; a missing key is 404 NoSuchKey (HEAD: no
// body). Generated content is built once per object on first read and served by range.
import { createHash } from "node:crypto";
import { z } from "zod";
import { restXmlError } from "../../../../mocks/protocols/rest-xml.js";
import type { EmuRequest, EmuResponse } from "../../../../mocks/types.js";
import {
  fromSegments,
  generateModelArtifact,
  generatedModelSchema,
  type ObjectContent,
} from "./model-fixtures.js";

export const objectSchema = z
  .strictObject({
    Key: z.string().min(1),
    /** Text content. */
    Body: z.string().optional(),
    /** Content generated at load (model artifacts), see model-fixtures.ts. */
    Generate: generatedModelSchema.optional(),
    ContentType: z.string().default("application/octet-stream"),
    LastModified: z.string().default("2026-01-01T00:00:00.000Z"),
  })
  .refine((o) => (o.Body === undefined) !== (o.Generate === undefined), {
    message: "an object needs exactly one of Body and Generate",
  });

export type S3Object = z.output<typeof objectSchema>;

/** A whole-object GET larger than this is refused (the emulator would hold it): read such objects by range. */
export const WHOLE_OBJECT_LIMIT = 256 * 1024 * 1024;

const contents = new WeakMap<S3Object, { content: ObjectContent; etag: string }>();

function contentOf(object: S3Object): { content: ObjectContent; etag: string } {
  let found = contents.get(object);
  if (!found) {
    const content = object.Generate
      ? generateModelArtifact(object.Generate)
      : fromSegments([Buffer.from(object.Body ?? "", "utf8")]);
    const etag = `"${createHash("md5")
      .update(`${object.Key}:${JSON.stringify(object.Generate ?? object.Body)}`)
      .digest("hex")}"`;
    found = { content, etag };
    contents.set(object, found);
  }
  return found;
}

type Range = { start: number; end: number } | "unsatisfiable" | undefined;

/** RFC 9110 byte ranges as S3 takes them: one range; anything it cannot parse is ignored (the whole object). */
function parseRange(header: string | string[] | undefined, size: number): Range {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const last = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return "unsatisfiable";
  if (last < start) return undefined;
  return { start, end: last };
}

export function objectResponse(
  objects: readonly S3Object[],
  key: string,
  req: EmuRequest,
  head: boolean,
): EmuResponse {
  const object = objects.find((o) => o.Key === key);
  if (!object)
    return head
      ? { status: 404 }
      : restXmlError(404, "NoSuchKey", "The specified key does not exist.", { Key: key });
  const { content, etag } = contentOf(object);
  const headers: Record<string, string> = {
    "content-type": object.ContentType,
    etag,
    "last-modified": new Date(object.LastModified).toUTCString(),
    "accept-ranges": "bytes",
  };
  if (head) return { status: 200, headers: { ...headers, "content-length": String(content.size) } };
  const range = parseRange(req.headers["range"], content.size);
  if (range === "unsatisfiable")
    return restXmlError(416, "InvalidRange", "The requested range is not satisfiable", {
      RangeRequested: String(req.headers["range"]),
      ActualObjectSize: String(content.size),
    });
  if (range) {
    return {
      status: 206,
      headers: { ...headers, "content-range": `bytes ${range.start}-${range.end}/${content.size}` },
      bytes: content.slice(range.start, range.end + 1),
    };
  }
  if (content.size > WHOLE_OBJECT_LIMIT)
    return restXmlError(
      501,
      "NotImplemented",
      `The emulator serves objects over ${WHOLE_OBJECT_LIMIT} bytes by range only`,
    );
  return { status: 200, headers, bytes: content.slice(0, content.size) };
}

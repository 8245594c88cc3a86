// JSON written piece by piece: the document's small parts at once, one large array item by item, so a report
// of any size is never one string in memory.

const SLOT = "\u0000aiposture-streamed-array\u0000";

/** A placeholder for the array `jsonChunks` streams in its place. */
export const STREAMED_ARRAY: unknown = SLOT;

/**
 * The pieces of `JSON.stringify(doc, null, 2)` with STREAMED_ARRAY replaced by `items`, one item per line.
 * Joined, they are one valid JSON document.
 */
export function* jsonChunks(doc: object, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(doc, null, 2);
  const slot = JSON.stringify(SLOT);
  const at = text.indexOf(slot);
  if (at < 0) throw new Error("jsonChunks: the document has no STREAMED_ARRAY");
  const lineStart = text.lastIndexOf("\n", at) + 1;
  const indent = /^ */.exec(text.slice(lineStart))?.[0] ?? "";
  yield `${text.slice(0, at)}[`;
  let first = true;
  for (const item of items) {
    yield `${first ? "\n" : ",\n"}${indent}  ${JSON.stringify(item)}`;
    first = false;
  }
  yield `${first ? "" : `\n${indent}`}]${text.slice(at + slot.length)}\n`;
}

/** The value when it is an http(s) URL; otherwise an Error saying what was expected (for flag parsers). */
export function parseHttpUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return value;
  } catch {
    // not a URL at all: the same message
  }
  throw new Error("expected an http(s) URL");
}

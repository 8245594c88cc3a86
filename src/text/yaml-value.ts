import type { Document } from "yaml";

/** Alias expansions allowed per document: enough for shared fragments, far below an exponential alias bomb. */
export const MAX_ALIAS_COUNT = 100;

/**
 * A parsed YAML document's value, or why it has none. The YAML library throws when aliases expand past the
 * limit (a "billion laughs" file) or the value is too deep; both are bad input, said in one line.
 */
export function documentValue(
  doc: Document.Parsed | Document,
): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      message: /alias/i.test(message)
        ? `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias uses); write the values out`
        : `cannot read the YAML document: ${message.split("\n")[0] ?? message}`,
    };
  }
}

// XML 1.0 text and attribute escaping. Characters XML 1.0 cannot carry at all (C0 controls but tab, line
// feed and carriage return; lone surrogates; U+FFFE/FFFF) become U+FFFD, so a hostile resource name cannot
// make the file unparseable.
export function xmlEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    out += allowed ? ch : "\uFFFD";
  }
  return out
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

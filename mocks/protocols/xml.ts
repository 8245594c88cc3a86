// Tiny XML writer: the emulator only ever emits XML, never parses it.

export function escapeXml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A value for xml(): scalars become text, arrays repeat the element, objects nest. */
export type XmlValue = string | number | boolean | undefined | null | XmlNode | XmlValue[];
export interface XmlNode {
  [tag: string]: XmlValue;
}

/** An element with attributes, e.g. Grantee with xsi:type. */
export interface XmlElement {
  readonly attrs: Record<string, string>;
  readonly children: XmlValue;
}

export function el(attrs: Record<string, string>, children: XmlValue): XmlNode {
  return { [ELEMENT]: { attrs, children } as unknown as XmlValue };
}

const ELEMENT = "\u0000element";

function render(tag: string, value: XmlValue): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((v) => render(tag, v)).join("");
  if (typeof value === "object") {
    const special = value[ELEMENT] as unknown as XmlElement | undefined;
    if (special) {
      const attrs = Object.entries(special.attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
        .join("");
      return `<${tag}${attrs}>${children(special.children)}</${tag}>`;
    }
    return `<${tag}>${children(value)}</${tag}>`;
  }
  return `<${tag}>${escapeXml(String(value))}</${tag}>`;
}

function children(value: XmlValue): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "object" || Array.isArray(value)) return escapeXml(String(value));
  return Object.entries(value)
    .map(([tag, v]) => render(tag, v))
    .join("");
}

/** A whole document: declaration plus a root element carrying `xmlns` when given. */
export function xmlDocument(root: string, body: XmlNode | string, xmlns?: string): string {
  const attrs = xmlns ? { xmlns } : {};
  const inner = typeof body === "string" ? escapeXml(body) : children(body);
  const attrText = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${attrText}>${inner}</${root}>`;
}

/**
 * String-level XML helpers for editing package parts in place. Plan vivant edits the
 * user's parts by splicing text, never by parsing and re-serialising them, so everything
 * it does not touch stays byte-identical.
 */

/** Control characters, U+FFFE/U+FFFF and lone surrogates. */
/* eslint-disable no-control-regex */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/* eslint-enable no-control-regex */

/** Removes characters that XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF). */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, "");
}

/** Text content: `&`, `<`, `>` escaped, invalid characters removed. */
export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value (for double-quoted attributes); also escapes quotes and line breaks. */
export function escapeAttr(text: string): string {
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;");
}

/** Decodes the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, ent: string) => {
    if (ent === "amp") return "&";
    if (ent === "lt") return "<";
    if (ent === "gt") return ">";
    if (ent === "quot") return '"';
    if (ent === "apos") return "'";
    const code = ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The (unescaped) value of an attribute in a start tag, or undefined. Prefixed names work: `r:id`. */
export function getAttr(tag: string, name: string): string | undefined {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  if (!m) return undefined;
  return unescapeXml(m[1] ?? m[2]);
}

/** Sets (or adds) an attribute in a start tag; the value is escaped here. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}"${escapeAttr(value)}"`);
  return tag.replace(/^<([\w:.-]+)/, (m) => `${m} ${name}="${escapeAttr(value)}"`);
}

/** Removes an attribute from a start tag. */
export function removeAttr(tag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  return tag.replace(re, "");
}

export interface XmlElement {
  /** The whole element text, start tag to end tag (or the self-closing tag). */
  text: string;
  /** The start tag only. */
  open: string;
  /** The content between start and end tag ("" when self-closing). */
  inner: string;
  start: number;
  end: number;
}

/**
 * Finds the elements named `name` (exact qualified name) in `xml`. Nested elements of the
 * same name are not supported (none of the parts Plan vivant edits nest them).
 */
export function findElements(xml: string, name: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const esc = name.replace(/[.:]/g, "\\$&");
  const re = new RegExp(`<${esc}(?=[\\s/>])[^>]*?(/?)>`, "g");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < to) {
    const open = m[0];
    if (m[1] === "/") {
      out.push({ text: open, open, inner: "", start: m.index, end: m.index + open.length });
      continue;
    }
    const close = `</${name}>`;
    const endIdx = xml.indexOf(close, re.lastIndex);
    if (endIdx < 0) break;
    const end = endIdx + close.length;
    out.push({
      text: xml.slice(m.index, end),
      open,
      inner: xml.slice(re.lastIndex, endIdx),
      start: m.index,
      end,
    });
    re.lastIndex = end;
  }
  return out;
}

export function findElement(xml: string, name: string): XmlElement | undefined {
  return findElements(xml, name)[0];
}

/** Replaces the slice [start, end) of `xml`. */
export function splice(xml: string, start: number, end: number, insert: string): string {
  return xml.slice(0, start) + insert + xml.slice(end);
}

/**
 * Index at which to insert a child element so that it comes after every sibling named
 * in `before` (schema order). `parentOpenEnd` is the index right after the parent's start
 * tag and `parentCloseStart` the index of its end tag.
 */
export function insertionPoint(
  xml: string,
  parentOpenEnd: number,
  parentCloseStart: number,
  after: string[],
): number {
  let at = parentOpenEnd;
  for (const name of after) {
    for (const el of findElements(xml, name, parentOpenEnd, parentCloseStart)) {
      if (el.end <= parentCloseStart) at = Math.max(at, el.end);
    }
  }
  return at;
}

/** `RRGGBB` or `#RRGGBB` as the ARGB Excel wants. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex}`;
}

/** Path of the root element of a part: its name, the index after its start tag, and of its end tag. */
export function rootBounds(
  xml: string,
  name: string,
): { openEnd: number; closeStart: number; selfClosing: boolean } {
  const el = findElement(xml, name);
  if (!el) throw new Error(`<${name}> not found`);
  if (el.inner === "" && el.open.endsWith("/>"))
    return { openEnd: el.end, closeStart: el.end, selfClosing: true };
  return { openEnd: el.start + el.open.length, closeStart: el.end - `</${name}>`.length, selfClosing: false };
}

/**
 * String-level XML helpers for editing package parts in place. Plan vivant edits the
 * user's parts by splicing text, never by parsing and re-serialising them, so everything
 * it does not touch stays byte-identical. Elements and attributes are found by the XML
 * tokenizer (never by a pattern over a part): comments, CDATA, processing instructions,
 * namespace prefixes and any quoting or spacing of attributes are read as XML says.
 */
import { CLOSE, END, OPEN, XmlError, XmlTokenizer } from "./tokenizer";

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

/**
 * The start tag at the beginning of `tag` (a start tag, or a whole element) read by the
 * tokenizer, or undefined when `tag` does not start with one.
 */
function startTag(tag: string): XmlTokenizer | undefined {
  if (tag.charCodeAt(0) !== 60 /* < */) return undefined;
  const x = new XmlTokenizer(tag);
  try {
    return x.next() === OPEN ? x : undefined;
  } catch (e) {
    if (e instanceof XmlError) return undefined;
    throw e;
  }
}

/** The decoded value of an attribute of a start tag (by qualified name as written: `r`, `r:id`), or undefined. */
export function getAttr(tag: string, name: string): string | undefined {
  return startTag(tag)?.attr(name);
}

/**
 * Sets (or adds) an attribute in a start tag; the value is escaped here. Only that attribute's
 * value changes: every other byte of the tag (quotes, spacing, other attributes) stays.
 */
export function setAttr(tag: string, name: string, value: string): string {
  const x = startTag(tag);
  if (!x) throw new XmlError("not a start tag", 0);
  const span = x.attrSpan(name);
  // escapeAttr escapes both kinds of quote: the value is safe whichever the tag uses.
  const escaped = escapeAttr(value);
  if (span) return tag.slice(0, span.valueStart) + escaped + tag.slice(span.valueEnd);
  return `${tag.slice(0, x.nameEnd)} ${name}="${escaped}"${tag.slice(x.nameEnd)}`;
}

/** Removes an attribute (and the space before it) from a start tag. */
export function removeAttr(tag: string, name: string): string {
  const span = startTag(tag)?.attrSpan(name);
  if (!span) return tag;
  let from = span.start;
  while (from > 0 && /\s/.test(tag[from - 1])) from--;
  return tag.slice(0, from) + tag.slice(span.end);
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
  /** The qualified name as written, e.g. `x:c`. */
  name: string;
  /** Its prefix ("" when none): elements added beside it take the same. */
  prefix: string;
  /** Offsets of the content: right after the start tag, and of the end tag (both `end` when self-closing). */
  innerStart: number;
  innerEnd: number;
  selfClosing: boolean;
  /** Depth of the element (1 for the root). */
  depth: number;
}

function localOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The elements with local name `name` (whatever their prefix: `<x:c>` is a `c`) whose start
 * tag begins in `[from, to)`, in document order, found by the XML tokenizer in one pass: a tag
 * inside a comment, a CDATA section or a processing instruction is not an element. `xml` is a
 * whole part; malformed XML throws an XmlError.
 */
export function findElements(xml: string, name: string, from = 0, to = xml.length): XmlElement[] {
  const local = localOf(name);
  const out: XmlElement[] = [];
  const pending: { el: XmlElement; depth: number }[] = [];
  const x = new XmlTokenizer(xml);
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      if (x.start >= to && pending.length === 0) break;
      if (x.local !== local || x.start < from || x.start >= to) continue;
      const prefix = x.name.length > local.length ? x.name.slice(0, x.name.length - local.length - 1) : "";
      const el: XmlElement = {
        text: "",
        open: xml.slice(x.start, x.end),
        inner: "",
        start: x.start,
        end: x.end,
        name: x.name,
        prefix,
        innerStart: x.end,
        innerEnd: x.end,
        selfClosing: x.selfClosing,
        depth: x.depth,
      };
      out.push(el);
      if (x.selfClosing) el.text = el.open;
      else pending.push({ el, depth: x.depth });
    } else if (t === CLOSE && pending.length > 0 && pending[pending.length - 1].depth === x.depth) {
      const { el } = pending.pop() as { el: XmlElement };
      if (el.selfClosing) continue;
      el.innerEnd = x.start;
      el.end = x.end;
      el.text = xml.slice(el.start, el.end);
      el.inner = xml.slice(el.innerStart, el.innerEnd);
    }
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
 * Index at which to insert a child element so that it comes after every child named in
 * `after` (schema order). `parentOpenEnd` is the index right after the parent's start tag and
 * `parentCloseStart` the index of its end tag. Only the parent's own children count.
 */
export function insertionPoint(
  xml: string,
  parentOpenEnd: number,
  parentCloseStart: number,
  after: string[],
): number {
  const names = new Set(after.map(localOf));
  let at = parentOpenEnd;
  let parentDepth = -1;
  const x = new XmlTokenizer(xml);
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      if (x.start >= parentCloseStart) break;
      if (x.end === parentOpenEnd && !x.selfClosing) parentDepth = x.depth;
      else if (parentDepth >= 0 && x.depth === parentDepth + 1 && names.has(x.local)) {
        if (x.selfClosing) at = Math.max(at, x.end);
        else {
          x.skipElement();
          if (x.end <= parentCloseStart) at = Math.max(at, x.end);
        }
      }
    }
  }
  return at;
}

/**
 * `fragment` (XML Plan vivant built, unprefixed) with every element name given `prefix`:
 * how elements are added to a part whose main namespace has a prefix (`<x:c>`, as the Open
 * XML SDK writes). Attribute names are kept (`xml:space` stays).
 */
export function qualify(fragment: string, prefix: string): string {
  if (prefix === "" || fragment === "") return fragment;
  const wrapped = `<_>${fragment}</_>`;
  const x = new XmlTokenizer(wrapped);
  const cuts: number[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (x.depth === 1) continue;
    if (t === OPEN) cuts.push(x.start + 1);
    else if (t === CLOSE && x.end > x.start) cuts.push(x.start + 2);
  }
  let out = "";
  let last = 3;
  for (const at of cuts) {
    out += wrapped.slice(last, at) + prefix + ":";
    last = at;
  }
  return out + wrapped.slice(last, wrapped.length - 4);
}

/** The prefix of a part's root element ("" when unprefixed): the prefix of its main namespace. */
export function rootPrefix(xml: string): string {
  const x = new XmlTokenizer(xml);
  if (x.next() !== OPEN) return "";
  return x.name.length > x.local.length ? x.name.slice(0, x.name.length - x.local.length - 1) : "";
}

/** `RRGGBB` or `#RRGGBB` as the ARGB Excel wants. */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 8 ? hex : `FF${hex}`;
}

/** The root element of a part (by local name): the index after its start tag, and of its end tag. */
export function rootBounds(
  xml: string,
  name: string,
): { openEnd: number; closeStart: number; selfClosing: boolean; prefix: string } {
  const x = new XmlTokenizer(xml);
  if (x.next() !== OPEN || x.local !== localOf(name)) throw new XmlError(`<${name}> not found`, 0);
  const prefix = rootPrefix(xml);
  const openEnd = x.end;
  if (x.selfClosing) return { openEnd, closeStart: openEnd, selfClosing: true, prefix };
  x.skipElement();
  return { openEnd, closeStart: x.start, selfClosing: false, prefix };
}

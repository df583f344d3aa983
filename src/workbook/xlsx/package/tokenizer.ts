/**
 * A streaming XML tokenizer for package parts: one pass over the text, no DOM, no regular
 * expression over the part. It reads any well-formed XML that Excel accepts (namespace prefixes
 * such as the Open XML SDK's `<x:c>`, single or double quotes, spaces around `=`, comments,
 * CDATA, processing instructions) and refuses what a workbook part never needs: a DTD
 * (`<!DOCTYPE`, hence no entity can be declared) and any entity other than the five predefined
 * ones and character references. Malformed XML (mismatched or unclosed tags, a repeated
 * attribute, text outside the root...) throws an XmlError with its offset.
 *
 * Usage, a pull loop:
 *   const x = new XmlTokenizer(text);
 *   for (let t = x.next(); t !== END; t = x.next()) if (t === OPEN && x.local === "c") ...
 * Every token knows its span in the source (`start`, `end`), so an editor can splice the
 * original text and leave every byte it does not touch as it was.
 *
 * A long part can be read streamed instead (`XmlTokenizer.streamed`): its text comes in pieces,
 * and the tokenizer keeps only a window of it, from the current token on. Spans are then offsets
 * in `xml`, the current window, valid until the next call to `next()`; error offsets stay
 * offsets in the whole part.
 */

export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** Why a part is not well-formed XML, and where (offset in the decoded text). */
export class XmlError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(`${reason} (at offset ${offset})`);
    this.name = "XmlError";
  }
}

/** A streamed part's token longer than MAX_TOKEN_CHARS: a limit of the reader, not bad XML. */
export class TokenTooLong extends XmlError {
  constructor(offset: number) {
    super(`a token longer than ${MAX_TOKEN_CHARS} characters`, offset);
    this.name = "TokenTooLong";
  }
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const EQ = 61; // =
const QUOT = 34; // "
const APOS = 39; // '
const AMP = 38; // &
const BANG = 33; // !
const QUEST = 63; // ?
const COLON = 58; // :

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** A character that may not start a name: space, digits, `-`, `.`, markup and quotes. */
function badNameStart(c: number): boolean {
  return (
    isSpace(c) ||
    (c >= 48 && c <= 57) ||
    c === 45 ||
    c === 46 ||
    c === LT ||
    c === GT ||
    c === SLASH ||
    c === EQ ||
    c === QUOT ||
    c === APOS ||
    c === AMP ||
    c === BANG ||
    c === QUEST ||
    c === COLON ||
    Number.isNaN(c)
  );
}

/** A character that ends a name. */
function endsName(c: number): boolean {
  return isSpace(c) || c === GT || c === SLASH || c === EQ || Number.isNaN(c);
}

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** The next piece of a streamed part's text, or undefined once it is all read. */
export type TextSource = () => string | undefined;

/** A streamed tokenizer keeps at least this many characters ahead of the current token. */
const LOOKAHEAD = 1 << 16;

/**
 * The longest token a streamed part may hold, in characters. A cell's text is at most 32,767
 * characters in Excel (a few times that once escaped) and a tag a few hundred: a longer token is
 * a damaged or hostile part (a zip bomb of blanks between two rows), refused before the window
 * grows to hold it.
 */
export const MAX_TOKEN_CHARS = 1 << 24;

/**
 * Decodes the references in `raw` (text or an attribute value): the five predefined entities and
 * numeric character references. Any other entity, or a bare `&`, throws: a workbook part never
 * declares entities, and a DTD is refused. `base` is the offset of `raw` in the part, for errors.
 */
export function decodeEntities(raw: string, base = 0): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi < 0 || semi - amp > 12) throw new XmlError("a bare '&' (not a reference)", base + amp);
    const name = raw.slice(amp + 1, semi);
    let ch: string | undefined;
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120; /* x */
      const digits = name.slice(hex ? 2 : 1);
      const code = digits === "" ? NaN : hex ? parseInt(digits, 16) : Number(digits);
      const valid =
        /^[0-9a-fA-F]+$/.test(digits) &&
        (hex || /^[0-9]+$/.test(digits)) &&
        (code === 9 ||
          code === 10 ||
          code === 13 ||
          (code >= 0x20 && code <= 0xd7ff) ||
          (code >= 0xe000 && code <= 0xfffd) ||
          (code >= 0x10000 && code <= 0x10ffff));
      if (!valid) throw new XmlError(`an invalid character reference &${name};`, base + amp);
      ch = String.fromCodePoint(code);
    } else {
      ch = PREDEFINED[name];
      if (ch === undefined) throw new XmlError(`an undeclared entity &${name};`, base + amp);
    }
    out += raw.slice(from, amp) + ch;
    from = semi + 1;
    amp = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}

interface Scope {
  /** Depth at which these bindings were declared. */
  depth: number;
  prefix: string;
  uri: string;
  /** The binding this one hides, restored when its element closes. */
  previous: string | undefined;
}

/** An attribute of the current start tag. */
export interface XmlAttribute {
  /** Qualified name as written, e.g. `r:id`. */
  name: string;
  local: string;
  /** Namespace URI ("" for an unprefixed attribute: attributes take no default namespace). */
  ns: string;
  /** Decoded value. */
  value: string;
  /** Span of the whole attribute (name to closing quote) in the source. */
  start: number;
  end: number;
}

export class XmlTokenizer {
  /** Span of the current token in the source text. */
  start = 0;
  end = 0;
  /** The current element's qualified name (OPEN, CLOSE), e.g. `x:c`. */
  name = "";
  /** Its local name, e.g. `c`. */
  local = "";
  /** OPEN: whether the tag is self-closing (`<c/>`); a CLOSE token follows it at once. */
  selfClosing = false;
  /** Depth of the current element (1 for the root), also for its CLOSE token. */
  depth = 0;
  /** TEXT: whether it came from a CDATA section (raw, no references). */
  cdata = false;

  private pos = 0;
  private readonly stack: string[] = [];
  private pendingClose = false;
  private rootSeen = false;
  private rootClosed = false;
  // Attributes of the current start tag, as spans: [nameStart, nameEnd, valueStart, valueEnd]...
  private attrSpans: number[] = [];
  private attrCount = 0;
  private readonly bindings = new Map<string, string>();
  private readonly scopes: Scope[] = [];

  /** The text read (a streamed tokenizer's current window), and its offset in the whole part. */
  xml: string;
  private base = 0;
  /** A streamed part: where its next pieces come from (undefined once they are all read). */
  private more: TextSource | undefined;
  private lookahead = LOOKAHEAD;

  constructor(xml: string, from = 0) {
    this.xml = xml;
    this.pos = from;
    this.bindings.set("xml", XML_NS);
    // A byte-order mark decoded into the text is not content.
    if (from === 0 && xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /**
   * A tokenizer over a part whose text comes in pieces: only a window of it is kept, at least
   * `lookahead` characters from the current token on (a token longer than that widens it).
   */
  static streamed(source: TextSource, lookahead = LOOKAHEAD): XmlTokenizer {
    const x = new XmlTokenizer(source() ?? "");
    x.more = source;
    x.lookahead = Math.max(1, lookahead);
    x.refill(x.pos, 2 * x.lookahead);
    return x;
  }

  /**
   * A streamed tokenizer: drops the text before `at` and reads pieces until `ahead` characters
   * follow it; false when the part was already all read.
   */
  private refill(at: number, ahead: number): boolean {
    if (this.more === undefined) return false;
    const pieces = [this.xml.slice(at)];
    let length = pieces[0].length;
    while (length < ahead) {
      const piece = this.more();
      if (piece === undefined) {
        this.more = undefined;
        break;
      }
      pieces.push(piece);
      length += piece.length;
    }
    this.xml = pieces.join("");
    this.base += at;
    this.pos -= at;
    return true;
  }

  /** Advances to the next element start, element end or text; END after the root closes. */
  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      return this.closeCurrent(this.end, this.end);
    }
    this.popScopes();
    if (this.base === 0 && this.more === undefined) return this.token();
    // Streamed: the window holds the token; a token cut by its end is read again on a wider one.
    // Refilled to twice the lookahead, so that each refill copies at most what it adds.
    if (this.xml.length - this.pos < this.lookahead) this.refill(this.pos, 2 * this.lookahead);
    let ahead = 2 * this.lookahead;
    for (;;) {
      const at = this.pos;
      try {
        const token = this.token();
        // An element's tag is whole once read; a text may go on in the next piece, and the
        // part ends only once every piece is read.
        if (token === OPEN || token === CLOSE || this.more === undefined) return token;
        if (token === TEXT && (this.cdata || this.end < this.xml.length)) return token;
      } catch (e) {
        if (!(e instanceof XmlError) || this.more === undefined) throw this.located(e);
      }
      this.pos = at;
      if (this.blanksFrom(at)) {
        // Blanks between elements, longer than any window: they mean nothing, so they are
        // dropped as read rather than held (the part's size limit still counts them).
        this.pos = this.xml.length;
        this.refill(this.pos, 2 * this.lookahead);
        ahead = 2 * this.lookahead;
        continue;
      }
      if (ahead >= MAX_TOKEN_CHARS) throw this.located(new TokenTooLong(at));
      ahead *= 2;
      this.refill(at, ahead);
    }
  }

  /** Whether the window from `at` to its end holds only blanks (a text of blanks, cut there). */
  private blanksFrom(at: number): boolean {
    if (at >= this.xml.length) return false;
    for (let i = at; i < this.xml.length; i++) {
      const c = this.xml.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
    }
    return true;
  }

  /** An error of a streamed part, its offset made an offset in the whole part. */
  private located(e: unknown): unknown {
    if (!(e instanceof XmlError) || this.base === 0) return e;
    return e instanceof TokenTooLong
      ? new TokenTooLong(e.offset + this.base)
      : new XmlError(e.reason, e.offset + this.base);
  }

  private token(): Token {
    const xml = this.xml;
    for (;;) {
      const at = this.pos;
      if (at >= xml.length) {
        if (this.stack.length > 0) {
          throw new XmlError(`the element <${this.stack[this.stack.length - 1]}> is never closed`, at);
        }
        if (!this.rootSeen) throw new XmlError("no root element", at);
        return END;
      }
      if (xml.charCodeAt(at) !== LT) {
        let lt = xml.indexOf("<", at);
        if (lt < 0) lt = xml.length;
        this.pos = lt;
        if (this.stack.length === 0) {
          for (let i = at; i < lt; i++) {
            if (!isSpace(xml.charCodeAt(i))) throw new XmlError("text outside the root element", i);
          }
          continue;
        }
        this.start = at;
        this.end = lt;
        this.cdata = false;
        return TEXT;
      }
      const c = xml.charCodeAt(at + 1);
      if (c === SLASH) return this.readClose(at);
      if (c === QUEST) {
        this.skipPast("?>", at, "a processing instruction");
        continue;
      }
      if (c === BANG) {
        if (xml.startsWith("<!--", at)) {
          const close = xml.indexOf("-->", at + 4);
          if (close < 0) throw new XmlError("a comment is never closed", at);
          this.pos = close + 3;
          continue;
        }
        if (xml.startsWith("<![CDATA[", at)) {
          if (this.stack.length === 0) throw new XmlError("CDATA outside the root element", at);
          const close = xml.indexOf("]]>", at + 9);
          if (close < 0) throw new XmlError("a CDATA section is never closed", at);
          this.start = at;
          this.end = close + 3;
          this.pos = close + 3;
          this.cdata = true;
          return TEXT;
        }
        if (xml.startsWith("<!DOCTYPE", at)) throw new XmlError("a DTD (<!DOCTYPE) is not allowed", at);
        throw new XmlError("unknown markup after '<!'", at);
      }
      return this.readOpen(at);
    }
  }

  /** TEXT: the text, references decoded (CDATA as written). */
  text(): string {
    if (this.cdata) return this.xml.slice(this.start + 9, this.end - 3);
    return decodeEntities(this.xml.slice(this.start, this.end), this.base + this.start);
  }

  /** OPEN: the namespace URI of the current element ("" when none). */
  get ns(): string {
    const colon = this.name.indexOf(":");
    const prefix = colon < 0 ? "" : this.name.slice(0, colon);
    const uri = this.bindings.get(prefix);
    if (uri === undefined && prefix !== "") {
      throw new XmlError(`the prefix '${prefix}' is not declared`, this.base + this.start);
    }
    return uri ?? "";
  }

  /** OPEN: the decoded value of an attribute by qualified name as written (`r`, `r:id`), or undefined. */
  attr(name: string): string | undefined {
    const spans = this.attrSpans;
    const xml = this.xml;
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      const ns = spans[k];
      const ne = spans[k + 1];
      if (ne - ns === name.length && xml.startsWith(name, ns)) {
        return decodeEntities(xml.slice(spans[k + 2], spans[k + 3]), this.base + spans[k + 2]);
      }
    }
    return undefined;
  }

  /**
   * OPEN: where an attribute (by qualified name as written) sits in the source: the whole
   * attribute `[start, end)` and its raw value `[valueStart, valueEnd)`, between the quotes.
   * No namespace is resolved, so it works on a start tag read on its own.
   */
  attrSpan(name: string): { start: number; end: number; valueStart: number; valueEnd: number } | undefined {
    const spans = this.attrSpans;
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      if (spans[k + 1] - spans[k] === name.length && this.xml.startsWith(name, spans[k])) {
        return { start: spans[k], end: spans[k + 3] + 1, valueStart: spans[k + 2], valueEnd: spans[k + 3] };
      }
    }
    return undefined;
  }

  /**
   * OPEN: the value of an attribute by local name and namespace (an unprefixed attribute has
   * namespace ""), whatever prefix the part binds to that namespace.
   */
  attrNS(ns: string, local: string): string | undefined {
    for (const a of this.attributes()) if (a.local === local && a.ns === ns) return a.value;
    return undefined;
  }

  /** OPEN: every attribute of the current start tag (namespace declarations included). */
  attributes(): XmlAttribute[] {
    const out: XmlAttribute[] = [];
    const spans = this.attrSpans;
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      const name = this.xml.slice(spans[k], spans[k + 1]);
      const colon = name.indexOf(":");
      const prefix = colon < 0 ? "" : name.slice(0, colon);
      const local = colon < 0 ? name : name.slice(colon + 1);
      let ns = "";
      if (name === "xmlns" || prefix === "xmlns") ns = XMLNS_NS;
      else if (prefix !== "") {
        const uri = this.bindings.get(prefix);
        if (uri === undefined)
          throw new XmlError(`the prefix '${prefix}' is not declared`, this.base + spans[k]);
        ns = uri;
      }
      out.push({
        name,
        local,
        ns,
        value: decodeEntities(this.xml.slice(spans[k + 2], spans[k + 3]), this.base + spans[k + 2]),
        start: spans[k],
        end: spans[k + 3] + 1,
      });
    }
    return out;
  }

  /**
   * Throws the XmlError that reading the token `next()` returned would (an undeclared prefix of
   * an OPEN's name or attributes, a bad reference in an attribute value or a TEXT), without making
   * their strings: how a part Plan vivant wrote is parsed back, at a fraction of the cost.
   */
  verify(token: Token): void {
    if (token === TEXT) {
      if (!this.cdata) this.verifyReferences(this.start, this.end);
      return;
    }
    if (token !== OPEN) return;
    const xml = this.xml;
    if (this.name.indexOf(":") >= 0) void this.ns;
    const spans = this.attrSpans;
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      const from = spans[k];
      const to = spans[k + 1];
      for (let c = from; c < to; c++) {
        if (xml.charCodeAt(c) !== COLON) continue;
        const prefix = xml.slice(from, c);
        if (prefix !== "xmlns" && !this.bindings.has(prefix)) {
          throw new XmlError(`the prefix '${prefix}' is not declared`, this.base + from);
        }
        break;
      }
      this.verifyReferences(spans[k + 2], spans[k + 3]);
    }
  }

  /** Decodes the references of `[from, to)` when it has any (decodeEntities throws on a bad one). */
  private verifyReferences(from: number, to: number): void {
    const xml = this.xml;
    for (let c = from; c < to; c++) {
      if (xml.charCodeAt(c) === AMP) {
        decodeEntities(xml.slice(c, to), this.base + c);
        return;
      }
    }
  }

  /** The offset right after the current start tag's name: where a new attribute can go. */
  get nameEnd(): number {
    return this.start + 1 + this.name.length;
  }

  /**
   * Skips the current element's content: after an OPEN, advances to its CLOSE (returned), so
   * `start`/`end` are then the end tag's span. On a self-closing tag, that is the tag itself.
   */
  skipElement(): Token {
    const depth = this.depth;
    for (let t = this.next(); ; t = this.next()) {
      if (t === END) throw new XmlError("unexpected end of the part", this.pos);
      if (t === CLOSE && this.depth === depth) return t;
    }
  }

  private skipPast(close: string, at: number, what: string): void {
    const end = this.xml.indexOf(close, at + 2);
    if (end < 0) throw new XmlError(`${what} is never closed`, at);
    this.pos = end + close.length;
  }

  private readName(from: number): number {
    const xml = this.xml;
    if (badNameStart(xml.charCodeAt(from))) throw new XmlError("a malformed name", from);
    let i = from + 1;
    while (!endsName(xml.charCodeAt(i))) {
      const c = xml.charCodeAt(i);
      if (c === LT || c === QUOT || c === APOS || c === AMP) throw new XmlError("a malformed name", i);
      i++;
    }
    return i;
  }

  private readOpen(at: number): Token {
    const xml = this.xml;
    if (this.rootClosed) throw new XmlError("a second root element", at);
    const nameEnd = this.readName(at + 1);
    const name = xml.slice(at + 1, nameEnd);
    let i = nameEnd;
    this.attrCount = 0;
    const spans = this.attrSpans;
    // The next '<' after the values read so far: found once per tag, not once per attribute.
    let nextLt = -1;
    let seen: Set<string> | undefined;
    for (;;) {
      let spaced = false;
      while (isSpace(xml.charCodeAt(i))) {
        i++;
        spaced = true;
      }
      const c = xml.charCodeAt(i);
      if (c === GT) {
        this.selfClosing = false;
        i++;
        break;
      }
      if (c === SLASH) {
        if (xml.charCodeAt(i + 1) !== GT) throw new XmlError("'/' not followed by '>' in a tag", i);
        this.selfClosing = true;
        i += 2;
        break;
      }
      if (Number.isNaN(c)) throw new XmlError(`the tag <${name}> is never closed`, at);
      if (!spaced) throw new XmlError("attributes must be separated by spaces", i);
      const an = i;
      const ae = this.readName(an);
      i = ae;
      while (isSpace(xml.charCodeAt(i))) i++;
      if (xml.charCodeAt(i) !== EQ) throw new XmlError("an attribute without '='", i);
      i++;
      while (isSpace(xml.charCodeAt(i))) i++;
      const q = xml.charCodeAt(i);
      if (q !== QUOT && q !== APOS) throw new XmlError("an attribute value without quotes", i);
      const close = xml.indexOf(q === QUOT ? '"' : "'", i + 1);
      if (close < 0) throw new XmlError("an attribute value is never closed", i);
      if (nextLt !== Infinity && nextLt <= i) {
        const lt = xml.indexOf("<", i + 1);
        nextLt = lt < 0 ? Infinity : lt;
      }
      if (nextLt < close) throw new XmlError("'<' in an attribute value", nextLt);
      // A repeated attribute makes the tag malformed (e.g. two `r` on one cell). A tag has a
      // few attributes: compared one by one, or through a set past 8 (bounded work on any tag).
      const attrName = xml.slice(an, ae);
      if (seen) {
        if (seen.has(attrName)) throw new XmlError(`the attribute '${attrName}' is repeated`, an);
        seen.add(attrName);
      } else {
        for (let k = 0; k < this.attrCount; k++) {
          const s = spans[k * 4];
          if (spans[k * 4 + 1] - s === ae - an && xml.startsWith(attrName, s)) {
            throw new XmlError(`the attribute '${attrName}' is repeated`, an);
          }
        }
        if (this.attrCount >= 8) {
          seen = new Set([attrName]);
          for (let k = 0; k < this.attrCount; k++) seen.add(xml.slice(spans[k * 4], spans[k * 4 + 1]));
        }
      }
      const k = this.attrCount * 4;
      spans[k] = an;
      spans[k + 1] = ae;
      spans[k + 2] = i + 1;
      spans[k + 3] = close;
      this.attrCount++;
      i = close + 1;
    }
    this.start = at;
    this.end = i;
    this.pos = i;
    this.name = name;
    const colon = name.indexOf(":");
    this.local = colon < 0 ? name : name.slice(colon + 1);
    this.stack.push(name);
    this.depth = this.stack.length;
    this.rootSeen = true;
    this.declare();
    if (this.selfClosing) this.pendingClose = true;
    return OPEN;
  }

  /** Records the namespace declarations of the current start tag, undone when it closes. */
  private declare(): void {
    const spans = this.attrSpans;
    const xml = this.xml;
    for (let i = 0; i < this.attrCount; i++) {
      const k = i * 4;
      const s = spans[k];
      const e = spans[k + 1];
      if (!xml.startsWith("xmlns", s)) continue;
      let prefix: string;
      if (e - s === 5) prefix = "";
      else if (xml.charCodeAt(s + 5) === COLON) prefix = xml.slice(s + 6, e);
      else continue;
      const uri = decodeEntities(xml.slice(spans[k + 2], spans[k + 3]), spans[k + 2]);
      this.scopes.push({ depth: this.depth, prefix, uri, previous: this.bindings.get(prefix) });
      this.bindings.set(prefix, uri);
    }
  }

  /** Undoes the declarations of elements that closed. */
  private popScopes(): void {
    const scopes = this.scopes;
    while (scopes.length > 0 && scopes[scopes.length - 1].depth > this.stack.length) {
      const scope = scopes.pop() as Scope;
      if (scope.previous === undefined) this.bindings.delete(scope.prefix);
      else this.bindings.set(scope.prefix, scope.previous);
    }
  }

  private readClose(at: number): Token {
    const xml = this.xml;
    const open = this.stack[this.stack.length - 1];
    // The end tag must repeat the open element's name: compared in place, no new string.
    let i = at + 2 + (open?.length ?? 0);
    if (open === undefined || !xml.startsWith(open, at + 2) || !endsName(xml.charCodeAt(i))) {
      const nameEnd = this.readName(at + 2);
      const name = xml.slice(at + 2, nameEnd);
      if (open === undefined) throw new XmlError(`the end tag </${name}> closes nothing`, at);
      throw new XmlError(`the end tag </${name}> does not match <${open}>`, at);
    }
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== GT) throw new XmlError("a malformed end tag", at);
    this.pos = i + 1;
    this.name = open;
    const colon = open.indexOf(":");
    this.local = colon < 0 ? open : open.slice(colon + 1);
    return this.closeCurrent(at, i + 1);
  }

  private closeCurrent(start: number, end: number): Token {
    this.depth = this.stack.length;
    this.stack.pop();
    if (this.stack.length === 0) this.rootClosed = true;
    this.start = start;
    this.end = end;
    this.attrCount = 0;
    return CLOSE;
  }
}

/**
 * Throws an XmlError unless `xml` is a well-formed XML document: one root, every tag closed in
 * order, no repeated attribute, no undeclared prefix or entity, no DTD, and no character XML 1.0
 * forbids. Used to parse back every part Plan vivant writes before the file is written.
 */
export function checkWellFormed(xml: string): void {
  const bad = firstInvalidChar(xml);
  if (bad >= 0) throw new XmlError("a character XML does not allow", bad);
  const x = new XmlTokenizer(xml);
  for (let t = x.next(); t !== END; t = x.next()) x.verify(t);
}

/** Offset of the first character XML 1.0 forbids (controls, lone surrogates, U+FFFE/F), or -1. */
export function firstInvalidChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c === 9 || c === 10 || c === 13) continue;
    if (c < 0x20) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
    if (c === 0xfffe || c === 0xffff) return i;
  }
  return -1;
}

/**
 * A part's text and a tokenizer over it: the bytes inflated (zip.ts), decoded in the encoding
 * the part declares (../package/decode.ts), and every failure turned into a ReadFailure that
 * names the part (`damaged` for malformed XML, `encoding` for an encoding it cannot decode).
 */
import { decodePart, partDecoder, PartDecodeError } from "../package/decode";
import { MAX_TOKEN_CHARS, TokenTooLong, XmlError, XmlTokenizer, type TextSource } from "../package/tokenizer";
import { ReadFailure } from "./failure";
import type { ZipPackage } from "./zip";

function decodeFailure(e: unknown, name: string): unknown {
  if (!(e instanceof PartDecodeError)) return e;
  if (e.reason === "encoding") return new ReadFailure("encoding", name, undefined, { encoding: e.encoding });
  return new ReadFailure("damaged", name, { kind: "bytes", encoding: e.encoding });
}

/** The decoded text of a part, or undefined when the package lacks it. */
export function partText(zip: ZipPackage, part: string): string | undefined {
  const bytes = zip.read(part);
  if (bytes === undefined) return undefined;
  try {
    return decodePart(bytes);
  } catch (e) {
    throw decodeFailure(e, zip.spelling(part) ?? part);
  }
}

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Bytes the encoding of a part is found in (its byte-order mark or XML declaration). */
const HEAD = 512;

/**
 * A part's text in pieces, inflated and decoded as the tokenizer asks for them: the whole text
 * of a large sheet is never held. Undefined when the package lacks the part.
 */
export function partPieces(zip: ZipPackage, part: string): TextSource | undefined {
  const next = zip.stream(part);
  if (next === undefined) return undefined;
  const name = zip.spelling(part) ?? part;
  let decode: ((piece: Uint8Array, last: boolean) => string) | undefined;
  let finished = false;
  return () => {
    try {
      if (finished) return undefined;
      if (decode === undefined) {
        // The first pieces, up to HEAD bytes, tell the encoding.
        let head: Uint8Array = new Uint8Array(0);
        for (let piece = next(); piece !== undefined; piece = next()) {
          head = head.length === 0 ? piece : joined(head, piece);
          if (head.length >= HEAD) break;
        }
        decode = partDecoder(head);
        return decode(head, false);
      }
      const piece = next();
      if (piece !== undefined) return decode(piece, false);
      finished = true;
      return decode(new Uint8Array(0), true);
    } catch (e) {
      throw decodeFailure(e, name);
    }
  };
}

/** The text of a part the workbook cannot do without: a missing one is `damaged`, naming it. */
export function requiredText(zip: ZipPackage, part: string): string {
  const text = partText(zip, part);
  if (text === undefined) throw new ReadFailure("damaged", part, { kind: "missing" });
  return text;
}

/**
 * Runs `scan` over a tokenizer of the part's text; an XmlError (malformed XML) becomes a
 * `damaged` failure naming the part and the offset.
 */
/** Like scanPart, over a part read in pieces (partPieces): a missing part is `damaged`. */
export function scanPieces<T>(zip: ZipPackage, part: string, scan: (x: XmlTokenizer) => T): T {
  const source = partPieces(zip, part);
  if (source === undefined) throw new ReadFailure("damaged", part, { kind: "missing" });
  try {
    return scan(XmlTokenizer.streamed(source));
  } catch (e) {
    if (e instanceof TokenTooLong) {
      throw new ReadFailure("limit", part, undefined, { limit: { kind: "token", chars: MAX_TOKEN_CHARS } });
    }
    if (e instanceof XmlError) throw new ReadFailure("damaged", part, { kind: "xml", offset: e.offset });
    throw e;
  }
}

export function scanPart<T>(part: string, text: string, scan: (x: XmlTokenizer) => T): T {
  try {
    return scan(new XmlTokenizer(text));
  } catch (e) {
    if (e instanceof XmlError) throw new ReadFailure("damaged", part, { kind: "xml", offset: e.offset });
    throw e;
  }
}

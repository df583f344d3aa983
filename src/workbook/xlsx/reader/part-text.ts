/**
 * A part's text and a tokenizer over it: the bytes inflated (zip.ts), decoded in the encoding
 * the part declares (../package/decode.ts), and every failure turned into a ReadFailure that
 * names the part (`damaged` for malformed XML, `encoding` for an encoding it cannot decode).
 */
import { decodePart, PartDecodeError } from "../package/decode";
import { XmlError, XmlTokenizer } from "../package/tokenizer";
import { ReadFailure } from "./failure";
import type { ZipPackage } from "./zip";

/** The decoded text of a part, or undefined when the package lacks it. */
export function partText(zip: ZipPackage, part: string): string | undefined {
  const bytes = zip.read(part);
  if (bytes === undefined) return undefined;
  const name = zip.spelling(part) ?? part;
  try {
    return decodePart(bytes);
  } catch (e) {
    if (e instanceof PartDecodeError) {
      if (e.reason === "encoding")
        throw new ReadFailure("encoding", name, undefined, { encoding: e.encoding });
      throw new ReadFailure("damaged", name, { kind: "bytes", encoding: e.encoding });
    }
    throw e;
  }
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
export function scanPart<T>(part: string, text: string, scan: (x: XmlTokenizer) => T): T {
  try {
    return scan(new XmlTokenizer(text));
  } catch (e) {
    if (e instanceof XmlError) throw new ReadFailure("damaged", part, { kind: "xml", offset: e.offset });
    throw e;
  }
}

/**
 * The text of a package part from its bytes, in the encoding the part declares: a byte-order
 * mark (UTF-8, UTF-16 LE or BE), else the XML declaration's `encoding` (UTF-8 when absent, as
 * XML says). Any encoding the platform's TextDecoder knows is read (ISO-8859-1, windows-1252,
 * UTF-16...); an unknown one, or bytes that are not valid in the declared encoding, throw a
 * PartDecodeError the reader turns into a message naming the part.
 */

export class PartDecodeError extends Error {
  constructor(
    /** `encoding`: the declared encoding is unknown; `bytes`: the bytes do not decode. */
    readonly reason: "encoding" | "bytes",
    readonly encoding: string,
  ) {
    super(reason === "encoding" ? `unsupported encoding ${encoding}` : `bytes that are not ${encoding}`);
    this.name = "PartDecodeError";
  }
}

/** The encoding named in an XML declaration at the start of `head` (ASCII-compatible bytes), if any. */
export function declaredEncoding(head: Uint8Array): string | undefined {
  // `<?xml` then pseudo-attributes up to `?>`, within the first few hundred bytes.
  if (!(head[0] === 0x3c && head[1] === 0x3f && head[2] === 0x78 && head[3] === 0x6d && head[4] === 0x6c)) {
    return undefined;
  }
  let decl = "";
  for (let i = 5; i < Math.min(head.length, 512); i++) {
    const b = head[i];
    if (b === 0x3f && head[i + 1] === 0x3e) break; // ?>
    decl += String.fromCharCode(b);
  }
  const at = decl.indexOf("encoding");
  if (at < 0) return undefined;
  let i = at + 8;
  while (decl[i] === " " || decl[i] === "\t" || decl[i] === "\r" || decl[i] === "\n") i++;
  if (decl[i] !== "=") return undefined;
  i++;
  while (decl[i] === " " || decl[i] === "\t" || decl[i] === "\r" || decl[i] === "\n") i++;
  const quote = decl[i];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = decl.indexOf(quote, i + 1);
  return end < 0 ? undefined : decl.slice(i + 1, end).trim();
}

/** The encoding of a part: its byte-order mark, else its declaration, else UTF-8. */
export function partEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  // UTF-16 without a mark: `<?` as two-byte units.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return "utf-16be";
  return (declaredEncoding(bytes) ?? "utf-8").toLowerCase();
}

/** Decodes a part's bytes to text (a leading byte-order mark dropped). */
export function decodePart(bytes: Uint8Array): string {
  const encoding = partEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding === "utf-16" ? "utf-16le" : encoding, { fatal: true });
  } catch {
    throw new PartDecodeError("encoding", encoding);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PartDecodeError("bytes", encoding);
  }
}

/**
 * A decoder of a part that comes in pieces: the encoding is found in its first bytes (as
 * decodePart finds it); each piece decodes to text, a character cut between two pieces is
 * decoded with the second one.
 */
export function partDecoder(head: Uint8Array): (piece: Uint8Array, last: boolean) => string {
  const encoding = partEncoding(head);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding === "utf-16" ? "utf-16le" : encoding, { fatal: true });
  } catch {
    throw new PartDecodeError("encoding", encoding);
  }
  return (piece, last) => {
    try {
      return decoder.decode(piece, { stream: !last });
    } catch {
      throw new PartDecodeError("bytes", encoding);
    }
  };
}

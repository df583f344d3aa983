import { decodePart, PartDecodeError, partEncoding } from "../../../../src/workbook/xlsx/package/decode";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, bigEndian: boolean, mark: boolean): Uint8Array {
  const out: number[] = mark ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return Uint8Array.from(out);
}

describe("decodePart", () => {
  const body = "<a>Élément à côté</a>";

  it("reads UTF-8, with or without a byte-order mark, with or without a declaration", () => {
    expect(decodePart(utf8(body))).toBe(body);
    expect(decodePart(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(body)]))).toBe(body);
    expect(decodePart(utf8(`<?xml version="1.0" encoding="UTF-8"?>${body}`))).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>${body}`,
    );
  });

  it("reads the ISO-8859-1 a part declares, not as UTF-8", () => {
    const latin1 = Uint8Array.from([
      ...utf8(`<?xml version='1.0' encoding = 'ISO-8859-1'?><a>`),
      0xc9,
      0x74,
      0xe9,
      ...utf8("</a>"),
    ]);
    expect(partEncoding(latin1)).toBe("iso-8859-1");
    expect(decodePart(latin1)).toBe("<?xml version='1.0' encoding = 'ISO-8859-1'?><a>Été</a>");
  });

  it("reads UTF-16 in both byte orders, with a mark or a declaration", () => {
    expect(decodePart(utf16(body, false, true))).toBe(body);
    expect(decodePart(utf16(body, true, true))).toBe(body);
    const declared = `<?xml version="1.0" encoding="UTF-16"?>${body}`;
    expect(decodePart(utf16(declared, false, false))).toBe(declared);
  });

  it("refuses an encoding it does not know, and bytes that are not what the part declares", () => {
    const unknown = utf8(`<?xml version="1.0" encoding="x-klingon"?><a/>`);
    expect(() => decodePart(unknown)).toThrow(PartDecodeError);
    expect(() => decodePart(unknown)).toThrow("unsupported encoding x-klingon");
    const broken = Uint8Array.from([...utf8("<a>"), 0xc3, 0x28, ...utf8("</a>")]);
    expect(() => decodePart(broken)).toThrow("bytes that are not utf-8");
  });
});

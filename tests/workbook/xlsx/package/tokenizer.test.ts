import {
  checkWellFormed,
  CLOSE,
  decodeEntities,
  END,
  OPEN,
  TEXT,
  XmlError,
  XmlTokenizer,
  type Token,
} from "../../../../src/workbook/xlsx/package/tokenizer";
import { growthRatio } from "../../../support/growth";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every token as a short line: `<name ns>`, `</name>`, `"text"`. */
function tokens(xml: string): string[] {
  const x = new XmlTokenizer(xml);
  const out: string[] = [];
  for (let t: Token = x.next(); t !== END; t = x.next()) {
    if (t === OPEN)
      out.push(`<${x.local}${x.ns === MAIN ? "" : ` ${x.ns || "-"}`}${x.selfClosing ? "/" : ""}>`);
    else if (t === CLOSE) out.push(`</${x.local}>`);
    else if (t === TEXT) out.push(JSON.stringify(x.text()));
  }
  return out;
}

function reason(xml: string): string {
  try {
    checkWellFormed(xml);
  } catch (error) {
    if (error instanceof XmlError) return error.reason;
    throw error;
  }
  return "well-formed";
}

describe("XmlTokenizer", () => {
  it("reads the main namespace whether it is the default or a prefix (the Open XML SDK's x:)", () => {
    const plain = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(tokens(prefixed)).toEqual(tokens(plain));
    expect(tokens(plain)).toEqual([
      "<worksheet>",
      "<sheetData>",
      "<row>",
      "<c>",
      "<v>",
      '"0"',
      "</v>",
      "</c>",
      "</row>",
      "</sheetData>",
      "</worksheet>",
    ]);
  });

  it("reads attributes however they are quoted and spaced, by name or by namespace", () => {
    const x = new XmlTokenizer(`<a xmlns:rel="${REL}"><c r = 'B2' s="3"\n t="n"/><d rel:id="rId7"/></a>`);
    expect(x.next()).toBe(OPEN);
    expect(x.next()).toBe(OPEN);
    expect([x.local, x.attr("r"), x.attr("s"), x.attr("t"), x.selfClosing]).toEqual([
      "c",
      "B2",
      "3",
      "n",
      true,
    ]);
    expect(x.next()).toBe(CLOSE);
    expect(x.next()).toBe(OPEN);
    expect(x.attr("r:id")).toBeUndefined(); // written rel:id, not r:id
    expect(x.attrNS(REL, "id")).toBe("rId7");
  });

  it("skips comments (even holding tags), processing instructions and the declaration; reads CDATA as text", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!-- <row r="1"> --><a><?pi x?><b><![CDATA[<c> & ]]></b><!-- </a> --></a>`;
    expect(tokens(xml)).toEqual(["<a ->", "<b ->", '"<c> & "', "</b>", "</a>"]);
  });

  it("decodes the predefined entities and character references, in text and attributes", () => {
    const x = new XmlTokenizer(`<a t="&lt;&#x41;&#66;&quot;">x &amp; y &#233;</a>`);
    x.next();
    expect(x.attr("t")).toBe('<AB"');
    x.next();
    expect(x.text()).toBe("x & y é");
    expect(decodeEntities("a&apos;b")).toBe("a'b");
  });

  it("gives each token's span in the source, so an editor can splice around it", () => {
    const xml = `<a><c r="A1"><v>1</v></c></a>`;
    const x = new XmlTokenizer(xml);
    x.next();
    x.next();
    expect(xml.slice(x.start, x.end)).toBe('<c r="A1">');
    expect(x.skipElement()).toBe(CLOSE);
    expect(xml.slice(x.start, x.end)).toBe("</c>");
  });

  it("restores an outer binding when an inner element that redeclared the prefix closes", () => {
    const xml = `<a xmlns:p="urn:one"><b xmlns:p="urn:two"><p:c/></b><p:c/></a>`;
    const seen: string[] = [];
    const x = new XmlTokenizer(xml);
    for (let t = x.next(); t !== END; t = x.next()) if (t === OPEN && x.local === "c") seen.push(x.ns);
    expect(seen).toEqual(["urn:two", "urn:one"]);
  });

  it.each([
    [`<c r="B2" r="B2"/>`, "the attribute 'r' is repeated"],
    [`<a><b></a></b>`, "the end tag </a> does not match <b>"],
    [`<a><b></a>`, "the end tag </a> does not match <b>"],
    [`<a>`, "the element <a> is never closed"],
    [`<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>`, "a DTD (<!DOCTYPE) is not allowed"],
    [`<a>&nbsp;</a>`, "an undeclared entity &nbsp;"],
    [`<a>fish & chips</a>`, "a bare '&' (not a reference)"],
    [`<a>&#0;</a>`, "an invalid character reference &#0;"],
    [`<a/><b/>`, "a second root element"],
    [`x<a/>`, "text outside the root element"],
    [`<a b=c/>`, "an attribute value without quotes"],
    [`<a b="1"c="2"/>`, "attributes must be separated by spaces"],
    [`<a b="<"/>`, "'<' in an attribute value"],
    [`<p:a/>`, "the prefix 'p' is not declared"],
    [`<a p:b="1"/>`, "the prefix 'p' is not declared"],
    [`<a xmlns:p="urn:p"><b><c p:d="1"/></b><e q:f=""/></a>`, "the prefix 'q' is not declared"],
    [`<a b="fish &amp; chips &"/>`, "a bare '&' (not a reference)"],
    [`<a b="&nbsp;"/>`, "an undeclared entity &nbsp;"],
    [`<a>ok<b>&#xD800;</b></a>`, "an invalid character reference &#xD800;"],
    [`<a><!-- never closed</a>`, "a comment is never closed"],
    [`<a>\u0001</a>`, "a character XML does not allow"],
    [``, "no root element"],
  ])("refuses %j: %s", (xml, why) => {
    expect(reason(xml)).toBe(why);
  });

  it("checks a part as reading every name, attribute and text would, at the same offsets", () => {
    const parts = [
      `<a><b c="x"/><d e:f="1"/></a>`,
      `<a>one &amp; two <b c="&lt;&bogus;"/></a>`,
      `<a xmlns:e="urn:e"><e:b e:c="&#65;"/>t &#1114112;</a>`,
      `<a xmlns:x="urn:x" x:c="&quot;" d="&#65;">x &amp; y<x:b xmlns:x="urn:y"/></a>`,
    ];
    const byReading = (xml: string): string => {
      try {
        const x = new XmlTokenizer(xml);
        for (let t = x.next(); t !== END; t = x.next()) {
          if (t === OPEN) {
            void x.ns;
            x.attributes();
          } else if (t === TEXT) x.text();
        }
      } catch (error) {
        if (error instanceof XmlError) return error.message;
        throw error;
      }
      return "well-formed";
    };
    const byChecking = (xml: string): string => {
      try {
        checkWellFormed(xml);
      } catch (error) {
        if (error instanceof XmlError) return error.message;
        throw error;
      }
      return "well-formed";
    };
    expect(parts.map(byChecking)).toEqual(parts.map(byReading));
    expect(parts.map(byChecking)).toEqual([
      "the prefix 'e' is not declared (at offset 16)",
      "an undeclared entity &bogus; (at offset 27)",
      "an invalid character reference &#1114112; (at offset 39)",
      "well-formed",
    ]);
  });

  it("accepts what Excel writes and what other producers write", () => {
    expect(
      reason(
        `\uFEFF<?xml version="1.0"?><a xmlns="${MAIN}" b='1' c = "2" ><!--x--><d/>text<![CDATA[]]></a >`,
      ),
    ).toBe("well-formed");
  });

  describe("does work proportional to its input (doubling the input at most triples the time)", () => {
    const scan = (xml: string) => {
      const x = new XmlTokenizer(xml);
      for (let t = x.next(); t !== END; t = x.next()) if (t === TEXT) x.text();
    };
    it.each([
      [
        "a comment full of <definedName tags",
        40_000,
        (n: number) => `<a><!--${"<definedName>".repeat(n)}--></a>`,
      ],
      [
        "one tag with many attributes",
        5_000,
        (n: number) => `<a ${Array.from({ length: n }, (_, i) => `a${i}="${i}"`).join(" ")}/>`,
      ],
      [
        "many attributes followed by long text",
        20_000,
        (n: number) =>
          `<a><b ${Array.from({ length: n / 10 }, (_, i) => `a${i}="1"`).join(" ")}>${"x".repeat(n * 10)}</b></a>`,
      ],
      ["deep nesting", 10_000, (n: number) => `${"<a>".repeat(n)}${"</a>".repeat(n)}`],
      ["many references in one text", 40_000, (n: number) => `<a>${"&amp;x".repeat(n)}</a>`],
      ["many cells", 10_000, (n: number) => `<a>${'<c r="A1" t="s"><v>1</v></c>'.repeat(n)}</a>`],
    ] as [string, number, (n: number) => string][])("%s", (_name, size, make) => {
      expect(growthRatio(make, scan, size)).toBeLessThanOrEqual(3);
    });
    it("checkWellFormed on a comment full of tags", () => {
      expect(
        growthRatio((n) => `<a><!--${"<x>".repeat(n)}--></a>`, checkWellFormed, 100_000),
      ).toBeLessThanOrEqual(3);
    });
  });
});

/**
 * The streamed tokenizer (text in pieces, a window kept) reads every part exactly as the
 * tokenizer over the whole text does: the same tokens, names, attributes and texts, the same
 * errors at the same offsets in the part, whatever the pieces' sizes and the window's.
 */
import fc from "fast-check";
import {
  CLOSE,
  END,
  MAX_TOKEN_CHARS,
  OPEN,
  TEXT,
  TokenTooLong,
  XmlError,
  XmlTokenizer,
  type Token,
} from "../../../../src/workbook/xlsx/package/tokenizer";

const DOCUMENTS = [
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="urn:main" xmlns:r="urn:r"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45000.5</v></c></row></sheetData><tablePart r:id="rId1"/></worksheet>',
  "\ufeff<a b=\"x &gt; y\" c='1>2'><!-- a comment > with markup <b> --><b>text &amp; more &#233;&#x20AC;</b><![CDATA[raw <c> & ]]]]><?pi some > thing?></a>",
  '<x:root xmlns:x="urn:x"><x:c r="A1"><x:is><x:t xml:space="preserve">  spaced  </x:t></x:is></x:c><x:c/></x:root>',
  `<root>${"<r><c>v</c></r>".repeat(40)}<long>${"é".repeat(300)}</long></root>`,
  "<a><b></a>",
  "<a>text &nope; here</a>",
  '<a b="1" b="2"/>',
  "<a><b>never closed",
  '<a attr="never closed></a>',
  "<!DOCTYPE a><a/>",
  "<a/>text after",
  "<a><!-- never closed </a>",
  '<a><p:b xmlns:q="urn:q"/></a>',
  "",
];

interface Read {
  tokens: string[];
  error?: string;
}

function readAll(x: XmlTokenizer): Read {
  const tokens: string[] = [];
  try {
    for (let t: Token = x.next(); t !== END; t = x.next()) {
      if (t === OPEN) {
        const attrs = x.attributes().map((a) => `${a.name}=${a.ns}|${a.value}`);
        tokens.push(`<${x.name} ${x.ns} ${x.depth}${x.selfClosing ? "/" : ""} ${attrs.join(" ")}>`);
      } else if (t === CLOSE) tokens.push(`</${x.name} ${x.depth}>`);
      else if (t === TEXT) tokens.push(`${x.cdata ? "cdata" : "text"}:${x.text()}`);
    }
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return { tokens, error: `${e.reason} @${e.offset}` };
  }
  return { tokens };
}

function pieces(text: string, sizes: number[]): () => string | undefined {
  let at = 0;
  let k = 0;
  return () => {
    if (at >= text.length) return undefined;
    const size = sizes[k++ % sizes.length];
    at += size;
    return text.slice(at - size, at);
  };
}

describe("XmlTokenizer.streamed", () => {
  it.each(DOCUMENTS.map((d, i) => [i, d]))(
    "reads document %i as the whole-text tokenizer does, in pieces of any size",
    (_, doc) => {
      const whole = readAll(new XmlTokenizer(doc));
      for (const size of [1, 2, 3, 7, 64]) {
        for (const lookahead of [1, 4, 16, 1 << 16]) {
          expect(readAll(XmlTokenizer.streamed(pieces(doc, [size]), lookahead))).toEqual(whole);
        }
      }
    },
  );

  it("reads random splits of every document as the whole text", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOCUMENTS),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 50 }),
        (doc, sizes, lookahead) => {
          expect(readAll(XmlTokenizer.streamed(pieces(doc, sizes), lookahead))).toEqual(
            readAll(new XmlTokenizer(doc)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps a window, not the whole part", () => {
    const row = '<row><c t="s"><v>1</v></c></row>';
    const doc = `<sheetData>${row.repeat(20_000)}</sheetData>`;
    const x = XmlTokenizer.streamed(pieces(doc, [1000]), 4096);
    let widest = 0;
    let rows = 0;
    for (let t: Token = x.next(); t !== END; t = x.next()) {
      widest = Math.max(widest, x.xml.length);
      if (t === OPEN && x.local === "row") rows++;
    }
    expect(rows).toBe(20_000);
    expect(widest).toBeLessThan(3 * 4096);
  });
});

/** A streamed part: `head`, then `count` pieces of 1 MiB of `fill`, then `tail`; counts the pieces given. */
function longPart(head: string, fill: string, count: number, tail: string) {
  const piece = fill.repeat(1 << 20);
  const state = { given: 0, widest: 0 };
  const source = () => {
    state.given += 1;
    if (state.given === 1) return head;
    if (state.given <= count + 1) return piece;
    return state.given === count + 2 ? tail : undefined;
  };
  return { x: XmlTokenizer.streamed(source), state };
}

test("blanks between elements longer than any window are dropped as read, never held", () => {
  const pieces = Math.ceil(MAX_TOKEN_CHARS / (1 << 20)) + 4;
  const { x, state } = longPart('<sheetData><row r="1"/>', " ", pieces, '<row r="2"/></sheetData>');
  const rows: string[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    state.widest = Math.max(state.widest, x.xml.length);
    if (t === OPEN && x.name === "row") rows.push(x.attr("r") ?? "");
  }
  expect(rows).toEqual(["1", "2"]);
  expect(state.given).toBe(pieces + 3);
  expect(state.widest).toBeLessThan(4 << 20);
});

test("a text longer than MAX_TOKEN_CHARS is refused as too long, before the window holds it all", () => {
  const pieces = Math.ceil(MAX_TOKEN_CHARS / (1 << 20)) + 8;
  const { x, state } = longPart("<sst><si><t>", "a", pieces, "</t></si></sst>");
  let caught: unknown;
  try {
    while (x.next() !== END);
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(TokenTooLong);
  expect(state.given).toBeLessThan(pieces);
});

/**
 * Bounded work (issue 10): what the reader does follows the cells present, never a declared ref
 * or dimension, and each scanner grows linearly on adversarial input (doubling it at most
 * triples the time: see tests/support/growth.ts).
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { XmlTokenizer } from "../../../../src/workbook/xlsx/package/tokenizer";
import { readXlsx } from "../../../../src/workbook/xlsx/read";
import { readPackage } from "../../../../src/workbook/xlsx/reader";
import { MAX_EMPTY_ROWS } from "../../../../src/workbook/xlsx/reader/limits";
import { parseRelationships } from "../../../../src/workbook/xlsx/reader/relationships";
import { parseSharedStrings } from "../../../../src/workbook/xlsx/reader/shared-strings";
import { scanSheet } from "../../../../src/workbook/xlsx/reader/sheet-scan";
import { isDateFormat, NO_FORMATS, parseStyles } from "../../../../src/workbook/xlsx/reader/styles";
import { parseTable } from "../../../../src/workbook/xlsx/reader/table-part";
import { parseWorkbook } from "../../../../src/workbook/xlsx/reader/workbook-part";
import { growthRatio } from "../../../support/growth";
import { writeWorkbook, type WorkbookSpec } from "./random-workbook";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

const notes: WorkbookSpec = {
  sheets: [
    {
      name: "Notes",
      rows: [
        [
          { kind: "shared", runs: ["Paramètre"] },
          { kind: "number", value: 90, style: 0 },
        ],
      ],
      gaps: [0],
    },
    {
      name: "Suivis",
      rows: [[{ kind: "number", value: 45000, style: 2 }], [{ kind: "shared", runs: ["En cours"] }]],
      gaps: [0, 0],
      table: { rows: 2, cols: 1, header: true, totals: false, slack: 0 },
    },
  ],
  date1904: false,
  names: [],
};

function patched(part: string, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(writeWorkbook(notes));
  files[part] = strToU8(change(new TextDecoder().decode(files[part])));
  return zipSync(files);
}

describe("what a file declares costs nothing", () => {
  test("one stray cell at XFD1048576 on a notes sheet: the used range stops, the cell is reported", async () => {
    const bytes = patched("xl/worksheets/sheet1.xml", (x) =>
      x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>'),
    );
    const s = await readXlsx(bytes);
    expect(s.sheets[0]).toMatchObject({ sheet: "Notes", row: 2, col: 2, values: [["Paramètre", 90]] });
    expect(s.omitted).toEqual([{ sheet: "Notes", row: 1048576, col: 16384, reason: "rows" }]);
  });

  test("a stray cell far to the right on the same row: the range stops at a run of empty columns", async () => {
    const bytes = patched("xl/worksheets/sheet1.xml", (x) =>
      x.replace("</c></row>", '</c><c r="XFD2"><v>1</v></c></row>'),
    );
    const s = await readXlsx(bytes);
    expect(s.sheets[0].values).toEqual([["Paramètre", 90]]);
    expect(s.omitted).toEqual([{ sheet: "Notes", row: 2, col: 16384, reason: "columns" }]);
  });

  test("blank rows within a notes sheet are kept, up to a run of MAX_EMPTY_ROWS", async () => {
    const far = 2 + MAX_EMPTY_ROWS + 1;
    const bytes = patched("xl/worksheets/sheet1.xml", (x) =>
      x.replace("</sheetData>", `<row r="${far}"><c r="B${far}"><v>2</v></c></row></sheetData>`),
    );
    const s = await readXlsx(bytes);
    expect(s.sheets[0].values).toHaveLength(MAX_EMPTY_ROWS + 2);
    expect(s.sheets[0].values[MAX_EMPTY_ROWS + 1]).toEqual([2, null]);
    expect(s.omitted).toBeUndefined();
  });

  test("a table whose ref is stretched to the whole sheet is read as its data", async () => {
    const bytes = patched("xl/tables/table1.xml", (x) => x.replace(/ref="[^"]*"/, 'ref="B2:B1048576"'));
    const s = await readXlsx(bytes);
    expect(s.tables[0].values).toEqual([["Col 1"], [45000], ["En cours"]]);
  });

  test("a `<dimension>` of the whole sheet changes nothing", async () => {
    const bytes = patched("xl/worksheets/sheet1.xml", (x) =>
      x.replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>'),
    );
    expect((await readXlsx(bytes)).sheets[0].values).toEqual([["Paramètre", 90]]);
  });

  test("the rows typed right under a table are handed over as `below`, down to the first empty row", async () => {
    const bytes = patched("xl/worksheets/sheet2.xml", (x) =>
      x.replace(
        "</sheetData>",
        '<row r="5"><c r="B5" t="inlineStr"><is><t>Réalisée</t></is></c><c r="C5"><v>9</v></c></row><row r="7"><c r="B7"><v>1</v></c></row></sheetData>',
      ),
    );
    const s = await readXlsx(bytes);
    expect(s.tables[0].below).toEqual({
      sheet: "Suivis",
      row: 5,
      col: 2,
      values: [["Réalisée"]],
      formats: [[null]],
    });
  });
});

describe("each scanner grows linearly on adversarial input", () => {
  const tok = (xml: string) => new XmlTokenizer(xml);

  test("the workbook part: <definedName in a comment, and many defined names", () => {
    const comment = (n: number) =>
      `<workbook ${MAIN}><!--${"<definedName ".repeat(n)}--><sheets/><definedNames>${'<definedName name="a">1</definedName>'.repeat(n / 10)}</definedNames></workbook>`;
    expect(growthRatio(comment, (x) => parseWorkbook(tok(x)), 100_000)).toBeLessThanOrEqual(3);
  });

  test("a sheet: many cells, many rows without r, many merges", () => {
    const ctx = () => ({
      strings: ["a"],
      formats: NO_FORMATS,
      date1904: false,
      cells: { count: 0 },
      part: "s",
    });
    const cells = (n: number) =>
      `<worksheet ${MAIN}><sheetData>${'<row><c t="s"><v>0</v></c><c><v>1.5</v></c><c t="inlineStr"><is><r><t>x</t></r></is></c></row>'.repeat(n)}</sheetData></worksheet>`;
    expect(growthRatio(cells, (x) => scanSheet(tok(x), ctx()), 8000)).toBeLessThanOrEqual(3);
    const merges = (n: number) =>
      `<worksheet ${MAIN}><sheetData/><mergeCells>${'<mergeCell ref="A1:XFD1048576"/>'.repeat(n)}</mergeCells></worksheet>`;
    expect(growthRatio(merges, (x) => scanSheet(tok(x), ctx()), 20_000)).toBeLessThanOrEqual(3);
  });

  test("shared strings, styles, a long format code, rels, a table part", () => {
    const sst = (n: number) =>
      `<sst ${MAIN}>${"<si><r><t>a</t></r><rPh><t>b</t></rPh><t>c</t></si>".repeat(n)}</sst>`;
    expect(growthRatio(sst, (x) => parseSharedStrings(tok(x)), 8000)).toBeLessThanOrEqual(3);
    const styles = (n: number) =>
      `<styleSheet ${MAIN}><numFmts>${'<numFmt numFmtId="164" formatCode="yyyy"/>'.repeat(n)}</numFmts><cellXfs>${'<xf numFmtId="164"/>'.repeat(n)}</cellXfs></styleSheet>`;
    expect(growthRatio(styles, (x) => parseStyles(tok(x)), 8000)).toBeLessThanOrEqual(3);
    const code = (n: number) => '"['.repeat(n);
    expect(growthRatio(code, (c) => isDateFormat(c), 200_000)).toBeLessThanOrEqual(3);
    const rels = (n: number) =>
      `<Relationships>${'<Relationship Id="r" Type="t/worksheet" Target="../a/./b.xml"/>'.repeat(n)}</Relationships>`;
    expect(growthRatio(rels, (x) => parseRelationships(tok(x), "xl/workbook.xml"), 8000)).toBeLessThanOrEqual(
      3,
    );
    const table = (n: number) =>
      `<table ${MAIN} name="T" ref="A1:B2"><tableColumns>${'<tableColumn name="c"/>'.repeat(n)}</tableColumns></table>`;
    expect(growthRatio(table, (x) => parseTable(tok(x)), 8000)).toBeLessThanOrEqual(3);
  });

  test("the whole read: a sheet of many rows, and many stray cells far apart", () => {
    const big = (n: number) =>
      writeWorkbook({
        sheets: [
          {
            name: "Notes",
            rows: Array.from({ length: n }, (_, i) => [{ kind: "number" as const, value: i, style: 0 }]),
            gaps: Array.from({ length: n }, () => 0),
          },
        ],
        date1904: false,
        names: [],
      });
    expect(growthRatio(big, (b) => readPackage(b), 5000)).toBeLessThanOrEqual(3);
    const stray = (n: number) => {
      const rows = Array.from(
        { length: n },
        (_, i) =>
          `<row r="${i * 900 + 1}"><c r="A${i * 900 + 1}"><v>1</v></c><c r="IW${i * 900 + 1}"><v>1</v></c></row>`,
      );
      const files = unzipSync(big(1));
      files["xl/worksheets/sheet1.xml"] = strToU8(
        `<worksheet ${MAIN}><sheetData>${rows.join("")}</sheetData></worksheet>`,
      );
      return zipSync(files);
    };
    expect(growthRatio(stray, (b) => readPackage(b), 500)).toBeLessThanOrEqual(3);
  });
});

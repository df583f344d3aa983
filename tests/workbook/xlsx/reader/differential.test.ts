/**
 * Differential tests (issue 13): on every workbook the tests can make (openpyxl's, LibreOffice's,
 * the demo, the template, an Open XML SDK–style prefixed package, and random packages), Plan
 * vivant's reader and the ExcelJS-based one it replaced (tests/support/exceljs-reader) give the
 * same snapshot, set aside what compare.ts says. Where ExcelJS is wrong, the test asserts the
 * right value and says why.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { dayFromIso } from "../../../../src/domain/dates";
import { demoPlan, demoOptions } from "../../../../src/domain/demo";
import { templatePlan } from "../../../../src/domain/layout/template";
import { readXlsx } from "../../../../src/workbook/xlsx/read";
import { writeXlsx } from "../../../../src/workbook/xlsx/write";
import { readWithExcelJS } from "../../../support/exceljs-reader/read";
import { hasOpenpyxl, hasSoffice, openpyxlFixtures, PYTHON, sofficeConvert, tempDir, testIf } from "../tools";
import { execFileSync } from "node:child_process";
import { comparable } from "./compare";
import { workbookSpec, writeWorkbook } from "./random-workbook";

const today = dayFromIso("2026-06-30") as number;

async function expectSame(bytes: Uint8Array): Promise<void> {
  const ours = await readXlsx(bytes);
  const theirs = await readWithExcelJS(bytes);
  expect(comparable(ours)).toEqual(comparable(theirs));
}

const openpyxl = hasOpenpyxl();
const soffice = hasSoffice();
const withOpenpyxl = testIf(openpyxl, "python3-openpyxl");
const withBoth = testIf(openpyxl && soffice, "LibreOffice (soffice) or python3-openpyxl");

describe("the same snapshot as the ExcelJS reader", () => {
  let made = "";
  let resaved = "";
  beforeAll(async () => {
    if (!openpyxl) return;
    made = openpyxlFixtures();
    execFileSync(PYTHON, [join(__dirname, "../../../fixtures/openpyxl-adopt.py"), made]);
    writeFileSync(join(made, "demo.xlsx"), await writeXlsx(demoPlan(today, "fr")));
    if (!soffice) return;
    resaved = tempDir("differential-lo");
    sofficeConvert(
      [
        ...readdirSync(made)
          .filter((f) => f.endsWith(".xlsx"))
          .map((f) => join(made, f)),
        join(__dirname, "../../../fixtures/errors-and-formulas.fods"),
        join(__dirname, "../../../fixtures/plan-libreoffice.fods"),
      ],
      "xlsx",
      resaved,
    );
  }, 180_000);

  test("the demo, in French and in English, and the empty template", async () => {
    await expectSame(await writeXlsx(demoPlan(today, "fr")));
    await expectSame(await writeXlsx(demoPlan(today, "en")));
    await expectSame(await writeXlsx(templatePlan(demoOptions(today, "fr"))));
  });

  withOpenpyxl("every workbook openpyxl makes for the tests", async () => {
    const files = readdirSync(made).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) await expectSame(readFileSync(join(made, f)));
  });

  withBoth(
    "the same workbooks, the demo and the .fods fixtures saved by LibreOffice",
    async () => {
      const files = readdirSync(resaved).filter((f) => f.endsWith(".xlsx"));
      expect(files.length).toBeGreaterThanOrEqual(7);
      for (const f of files) await expectSame(readFileSync(join(resaved, f)));
    },
    60_000,
  );

  test("random packages: cell types, strings, formats, dates, 1904, tables with totals or no header, blank rows", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        await expectSame(writeWorkbook(spec));
      }),
      { numRuns: 150 },
    );
  });
});

describe("forms ExcelJS cannot read, read as their plain form", () => {
  test("an Open XML SDK–style package (`x:` prefix on the main namespace) reads as the unprefixed one", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        expect(await readXlsx(writeWorkbook(spec, { prefix: true }))).toEqual(
          await readXlsx(writeWorkbook(spec)),
        );
      }),
      { numRuns: 60 },
    );
    // ExcelJS finds no cell in it (its parser matches element names with their prefix).
    const spec = {
      sheets: [{ name: "Notes", rows: [[{ kind: "bool" as const, value: true }]], gaps: [] }],
      date1904: false,
      names: [],
    };
    const theirs = await readWithExcelJS(writeWorkbook(spec, { prefix: true })).catch(() => undefined);
    expect(theirs?.sheets[0]?.values ?? []).not.toEqual([[true]]);
    expect((await readXlsx(writeWorkbook(spec, { prefix: true }))).sheets[0].values).toEqual([[true]]);
  });

  test("rows and cells without an `r` attribute take the next row and column", async () => {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        expect(await readXlsx(writeWorkbook(spec, { omitRefs: true }))).toEqual(
          await readXlsx(writeWorkbook(spec)),
        );
      }),
      { numRuns: 60 },
    );
  });
});

/** The workbook `spec`'s package with one part's text changed. */
function patched(bytes: Uint8Array, part: string, change: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(change(new TextDecoder().decode(files[part])));
  return zipSync(files);
}

describe("where ExcelJS is wrong, the right value", () => {
  const spec = {
    sheets: [
      {
        name: "Suivis",
        rows: [
          [
            { kind: "number" as const, value: 45000, style: 2 },
            { kind: "shared" as const, runs: ["En cours"] },
          ],
        ],
        gaps: [0],
        table: { rows: 1, cols: 2, header: true, totals: false, slack: 0 },
      },
    ],
    date1904: false,
    names: [] as [string, string][],
  };

  test("a table whose header row count is left to its default (1, as Excel writes it) has its header row", async () => {
    const bytes = patched(writeWorkbook(spec), "xl/tables/table1.xml", (x) =>
      x.replace(' headerRowCount="1"', ""),
    );
    const ours = await readXlsx(bytes);
    expect(ours.tables[0]).toMatchObject({
      row: 2,
      values: [
        ["Col 1", "Col 2"],
        [45000, "En cours"],
      ],
    });
    // ExcelJS 4.4 takes a missing headerRowCount for 0 and reads the header as a data row.
    expect((await readWithExcelJS(bytes)).tables[0].values[1]).toEqual(["Col 1", "Col 2"]);
  });

  test('an ISO date cell (t="d", as some producers write) is its day', async () => {
    const bytes = patched(writeWorkbook(spec), "xl/worksheets/sheet1.xml", (x) =>
      x.replace('<c r="B3" s="2"><v>45000</v></c>', '<c r="B3" t="d"><v>2026-03-15T00:00:00</v></c>'),
    );
    expect((await readXlsx(bytes)).tables[0].values[1][0]).toBe(dayFromIso("2026-03-15"));
    // ExcelJS 4.4 reads the text as a number: parseFloat("2026-03-15...") = 2026.
    expect((await readWithExcelJS(bytes)).tables[0].values[1][0]).toBe(2026);
  });

  test("a text or boolean formula result under a date format stays text or boolean", async () => {
    const withB3 = (cell: string) =>
      patched(writeWorkbook(spec), "xl/worksheets/sheet1.xml", (x) =>
        x.replace('<c r="B3" s="2"><v>45000</v></c>', cell),
      );
    const boolean = withB3('<c r="B3" s="2" t="b"><f>1&gt;2</f><v>0</v></c>');
    const text = withB3('<c r="B3" s="2" t="str"><f>"a"</f><v>a</v></c>');
    expect((await readXlsx(boolean)).tables[0].values[1][0]).toBe(false);
    expect((await readXlsx(text)).tables[0].values[1][0]).toBe("a");
    // ExcelJS 4.4 converts any result under a date format: false becomes day 0, "a" an invalid date.
    expect((await readWithExcelJS(boolean)).tables[0].values[1][0]).toBe(0);
    expect((await readWithExcelJS(text)).tables[0].values[1][0]).toBeNull();
  });

  test("a phonetic reading (rPh) is not part of the text", async () => {
    const bytes = patched(writeWorkbook(spec), "xl/sharedStrings.xml", (x) =>
      x.replace("En cours</t>", 'En cours</t><rPh sb="0" eb="2"><t>エンクール</t></rPh>'),
    );
    expect((await readXlsx(bytes)).tables[0].values[1][1]).toBe("En cours");
  });
});

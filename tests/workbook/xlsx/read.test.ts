import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { dayFromIso } from "../../../src/domain/dates";
import type { RawTable, WorkbookSnapshot } from "../../../src/domain/raw";
import { WorkbookError } from "../../../src/workbook/port";
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { hasOpenpyxl, hasSoffice, openpyxlFixtures, sofficeConvert, tempDir, testWith } from "./tools";

const table = (s: WorkbookSnapshot, name: string): RawTable => {
  const t = s.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name} in ${s.tables.map((x) => x.name).join(", ")}`);
  return t;
};

async function readError(data: Uint8Array, options = {}): Promise<WorkbookError> {
  try {
    await readXlsx(data, options);
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("readXlsx did not fail");
}

const openpyxl = hasOpenpyxl();
const soffice = hasSoffice();
const withOpenpyxl = testWith("openpyxl");
const withBoth = testWith("openpyxl", "soffice");

/** What every reader of the openpyxl plan fixture (as is, or resaved by LibreOffice) must see. */
function expectPlanFixture(s: WorkbookSnapshot, computed: boolean): void {
  expect(s.sheetNames).toEqual(["Plan d'action", "Suivis", "Notes"]);
  const actions = table(s, "Actions");
  expect(actions).toMatchObject({ sheet: "Plan d'action", row: 4, col: 1 });
  expect(actions.values[0]).toEqual([
    "No",
    "Action",
    "Échéance",
    "Avancement (%)",
    "Budget prévu ($)",
    "Double",
  ]);
  expect(actions.values[1]).toEqual([
    "1.1",
    "Aménager un parc",
    dayFromIso("2026-03-15"),
    0.5,
    1200.5,
    computed ? 2401 : null,
  ]);
  // A number id stays a number (the domain makes it text); a date-time is its day.
  expect(actions.values[2].slice(0, 3)).toEqual([3, "Navette pour aînés", dayFromIso("2026-06-30")]);
  expect(actions.values[3].slice(0, 2)).toEqual(["2.1.3", "=1+1 reste du texte"]);
  expect(actions.values).toHaveLength(4);
  expect(actions.formats![1][2]).toBe("yyyy-mm-dd");
  expect(actions.formats![1][3]).toBe("0%");
  expect(actions.formats![1][0]).toBeNull();

  const suivis = table(s, "Suivis");
  expect(suivis.values).toEqual([
    ["Date", "No action", "Statut"],
    [dayFromIso("2026-01-10"), "1.1", "En cours"],
    [dayFromIso("2026-02-01"), 3, "Réalisée"],
  ]);

  // Only the sheet without a table comes as a used range, where its data starts.
  expect(s.sheets.map((g) => g.sheet)).toEqual(["Notes"]);
  expect(s.sheets[0]).toMatchObject({ row: 3, col: 2 });
  expect(s.sheets[0].values).toEqual([
    ["Paramètre", "Valeur"],
    ["Délai de suivi (jours)", 90],
    ["Date de référence", dayFromIso("2026-04-01")],
  ]);
  expect(s.definedNames["PlanVivant.Version"]).toBe('"1"');
  expect(s.definedNames.Seuil).toBe("42");
}

describe("openpyxl workbooks", () => {
  let dir = "";
  beforeAll(() => {
    if (openpyxl) dir = openpyxlFixtures();
  });

  withOpenpyxl(
    "absolute rels, comments, merged title rows, a table without style, dates, percents",
    async () => {
      expectPlanFixture(await readXlsx(readFileSync(join(dir, "openpyxl-plan.xlsx"))), false);
    },
  );

  withOpenpyxl("the same file fails in ExcelJS alone (the fix is needed)", async () => {
    await expect(
      new ExcelJS.Workbook().xlsx.load(
        readFileSync(join(dir, "openpyxl-plan.xlsx")) as unknown as ExcelJS.Buffer,
      ),
    ).rejects.toThrow();
  });

  withOpenpyxl("error values read as CellError, formulas without a cached result as null", async () => {
    const s = await readXlsx(readFileSync(join(dir, "openpyxl-errors.xlsx")));
    expect(s.tables).toEqual([]);
    expect(s.sheets[0].values).toEqual([
      ["Valeur", "Erreur", "Formule"],
      [1, { error: "#N/A" }, null],
      [2, { error: "#REF!" }, null],
    ]);
  });

  withOpenpyxl("an empty workbook has its sheet and nothing else", async () => {
    const s = await readXlsx(readFileSync(join(dir, "openpyxl-empty.xlsx")));
    expect(s).toEqual({
      tables: [],
      sheets: [{ sheet: "Sheet", row: 1, col: 1, values: [], formats: [] }],
      sheetNames: ["Sheet"],
      definedNames: {},
    });
  });
});

describe("LibreOffice workbooks", () => {
  let lo = "";
  beforeAll(() => {
    if (!openpyxl || !soffice) return;
    const src = openpyxlFixtures();
    writeFileSync(
      join(src, "liste.csv"),
      'No,Action,Échéance\n1.1,Aménager un parc,2026-03-15\n2,"Navette, aînés",2026-06-30\n',
    );
    lo = tempDir("libreoffice");
    sofficeConvert(
      [
        join(src, "openpyxl-plan.xlsx"),
        join(src, "openpyxl-errors.xlsx"),
        join(__dirname, "../../fixtures/errors-and-formulas.fods"),
      ],
      "xlsx",
      lo,
    );
    // A CSV in UTF-8 (LibreOffice's filter options: comma, double quote, UTF-8, from line 1).
    sofficeConvert([join(src, "liste.csv")], "xlsx", lo, "CSV:44,34,76,1");
  }, 120_000);

  withBoth("an openpyxl plan saved by LibreOffice keeps its tables, now with computed formulas", async () => {
    expectPlanFixture(await readXlsx(readFileSync(join(lo, "openpyxl-plan.xlsx"))), true);
  });

  withBoth("error values and cached formula results, including 0", async () => {
    const s = await readXlsx(readFileSync(join(lo, "errors-and-formulas.xlsx")));
    expect(s.sheets[0].values).toEqual([
      ["Date", "Valeur", "Calcul"],
      [dayFromIso("2026-03-15"), 0, { error: "#DIV/0!" }],
      [1, 2, { error: "#N/A" }],
      ["texte", 3, 4],
      ["zéro", 0, 0],
    ]);
    expect(s.sheets[0].formats![1][0]).toBe("yyyy-mm-dd");
    const errors = await readXlsx(readFileSync(join(lo, "openpyxl-errors.xlsx")));
    expect(errors.sheets[0].values[1]).toEqual([1, { error: "#N/A" }, 2]);
    expect(errors.sheets[0].values[2]).toEqual([2, { error: "#REF!" }, { error: "#DIV/0!" }]);
  });

  withBoth("a CSV saved as .xlsx: a sheet without tables", async () => {
    const s = await readXlsx(readFileSync(join(lo, "liste.xlsx")));
    expect(s.tables).toEqual([]);
    expect(s.sheets[0].values[0]).toEqual(["No", "Action", "Échéance"]);
    expect(s.sheets[0].values[2][1]).toBe("Navette, aînés");
    expect(s.sheets[0].values).toHaveLength(3);
  });
});

describe("files that are not workbooks", () => {
  test("a text file renamed .xlsx is not-xlsx, in French by default and in English on request", async () => {
    const text = Buffer.from("No;Action\n1;Parc\n");
    const fr = await readError(text, { file: "plan.xlsx" });
    expect(fr.code).toBe("not-xlsx");
    expect(fr.message).toContain("n'est pas un classeur Excel (.xlsx)");
    expect(fr.message).toContain("plan.xlsx");
    expect((await readError(text, { lang: "en" })).message).toContain("is not an Excel workbook");
  });

  test("an .xls (OLE2) file is not-xlsx", async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect((await readError(ole)).code).toBe("not-xlsx");
  });

  test("an .ods or an .xlsb (zips, but no spreadsheetml workbook) is not-xlsx", async () => {
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", "<office:document-content/>");
    expect((await readError(await ods.generateAsync({ type: "uint8array" }))).code).toBe("not-xlsx");

    const xlsb = new JSZip();
    xlsb.file("[Content_Types].xml", "<Types/>");
    xlsb.file(
      "_rels/.rels",
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
    );
    xlsb.file("xl/workbook.bin", "binary");
    expect((await readError(await xlsb.generateAsync({ type: "uint8array" }))).code).toBe("not-xlsx");
  });

  test("a truncated zip is unreadable; a workbook whose sheet XML is broken is damaged, naming the part and the cause", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Suivis").getCell("A1").value = "Date";
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    const truncated = await readError(good.subarray(0, Math.floor(good.length / 2)));
    expect(truncated.code).toBe("unreadable");

    const zip = await JSZip.loadAsync(good);
    zip.file(
      "xl/worksheets/sheet1.xml",
      "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>0</v></c></sheetData>",
    );
    const broken = await readError(await zip.generateAsync({ type: "uint8array" }));
    expect(broken.code).toBe("damaged");
    expect(broken.params.part).toBe("xl/worksheets/sheet1.xml");
    expect(broken.message).toContain("xl/worksheets/sheet1.xml");
    expect(broken.message).toMatch(/Détail : .+/);
    expect(broken.cause).toBeInstanceOf(Error);
  });
});

describe("cells as ExcelJS writes them", () => {
  test("rich text, hyperlinks, booleans, errors, formula results (0 and false too) and dates", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Cellules");
    ws.getRow(2).values = [
      "Texte",
      { richText: [{ text: "Réalisé " }, { font: { bold: true }, text: "en partie" }] },
      { text: "Lien", hyperlink: "https://example.org" },
      true,
      { error: "#REF!" } as ExcelJS.CellErrorValue,
      { formula: "1-1", result: 0 },
      { formula: "1>2", result: false },
      { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue,
      { formula: "A1", date1904: false },
      new Date(Date.UTC(2026, 2, 15, 13, 30)),
    ] as ExcelJS.CellValue[];
    ws.getCell("J2").numFmt = "yyyy-mm-dd";
    const s = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(s.sheets[0]).toMatchObject({ row: 2, col: 1 });
    expect(s.sheets[0].values[0]).toEqual([
      "Texte",
      "Réalisé en partie",
      "Lien",
      true,
      { error: "#REF!" },
      0,
      false,
      { error: "#N/A" },
      null,
      dayFromIso("2026-03-15"),
    ]);
  });

  test("a whole-column data validation does not blow up the read", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Suivis");
    ws.addTable({
      name: "Suivis",
      ref: "A1",
      columns: [{ name: "Date" }, { name: "Statut" }],
      rows: [[1, "En cours"]],
    });
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(data);
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const dv =
      '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="B2:B1048576"><formula1>"En cours,Réalisée"</formula1></dataValidation>' +
      '<dataValidation type="decimal" allowBlank="1" sqref="C2:XFD1048576"><formula1>0</formula1></dataValidation></dataValidations>';
    zip.file("xl/worksheets/sheet1.xml", xml.replace("<pageMargins", `${dv}<pageMargins`));
    const t0 = Date.now();
    const s = await readXlsx(await zip.generateAsync({ type: "nodebuffer" }));
    expect(Date.now() - t0).toBeLessThan(10_000); // ExcelJS alone expands ~17 billion cells here
    expect(s.tables[0].values).toEqual([
      ["Date", "Statut"],
      [1, "En cours"],
    ]);
  });
});

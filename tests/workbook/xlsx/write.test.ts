import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { dayFromIso } from "../../../src/domain/dates";
import { emptySheet } from "../../../src/domain/layout/sheet-plan";
import type { WorkbookPlan } from "../../../src/domain/layout/sheet-plan";
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { writeXlsx } from "../../../src/workbook/xlsx/write";
import { sofficeConvert, tempDir, testWith } from "./tools";

function samplePlan(): WorkbookPlan {
  const actions = emptySheet("Plan d'action");
  actions.tabColor = "1F6F8B";
  actions.freeze = { rows: 3, cols: 1 };
  actions.cells.push({
    row: 1,
    col: 1,
    value: "Plan d'action PFM-MADA",
    style: { bold: true, size: 16, color: "FFFFFF", fill: "1F6F8B" },
  });
  actions.merges.push({ row: 1, col: 1, rows: 1, cols: 4 });
  actions.tables.push({
    name: "Actions",
    row: 3,
    col: 1,
    style: "TableStyleMedium2",
    columns: [
      { header: "No", width: 8, format: "text" },
      {
        header: "Champ d'action",
        width: 30,
        validation: { kind: "list", source: 'INDIRECT("ListeChamps[Champ d\'action]")', strict: false },
        error: { title: "Champ d'action", message: "Choisissez un champ de la liste." },
      },
      { header: "Action", width: 40, wrap: true },
      {
        header: "Échéance",
        width: 12,
        format: "date",
        validation: { kind: "date" },
        error: { title: "Date", message: "Entrez une date AAAA-MM-JJ." },
      },
      {
        header: "Avancement (%)",
        width: 10,
        format: "percent",
        validation: { kind: "decimal", min: 0, max: 1 },
      },
      { header: "Priorité", width: 8, validation: { kind: "whole", min: 1, max: 3 } },
    ],
    rows: [
      ["1.1", "Loisirs", "=1+1", dayFromIso("2026-03-15")!, 0.5, 1],
      ["1.2", "Sécurité", "+33 bénévoles", null, null, null],
    ],
  });
  actions.conditionalFormats.push({
    range: "A4:F5",
    formula: 'ISNUMBER(SEARCH("late",$F4))',
    fill: "F8D7DA",
    color: "721C24",
  });
  actions.print = {
    landscape: true,
    fitToWidth: true,
    header: { left: "Plan d'action" },
    footer: { right: "Plan vivant & cie" },
  };

  const suivis = emptySheet("Suivis");
  suivis.tables.push({
    name: "Suivis",
    row: 1,
    col: 1,
    style: "TableStyleLight9",
    columns: [
      { header: "Date", width: 12, format: "date" },
      { header: "No action", width: 10 },
      { header: "Statut", width: 14 },
    ],
    rows: [],
  });
  const listes = emptySheet("Listes");
  listes.hidden = true;
  listes.tables.push({
    name: "ListeChamps",
    row: 1,
    col: 1,
    style: "TableStyleLight1",
    columns: [{ header: "Champ d'action", width: 30 }],
    rows: [["Loisirs"], ["Sécurité"]],
  });
  return { lang: "fr", sheets: [actions, suivis, listes], definedNames: { "PlanVivant.Version": '"1"' } };
}

describe("writeXlsx", () => {
  let data: Uint8Array;
  let zip: JSZip;
  const part = (name: string): Promise<string> => zip.file(name)!.async("string");
  beforeAll(async () => {
    data = await writeXlsx(samplePlan());
    zip = await JSZip.loadAsync(data);
  });

  test("reads back: tables, headers, dates as serials with yyyy-mm-dd, text that looks like a formula", async () => {
    const s = await readXlsx(data);
    expect(s.sheetNames).toEqual(["Plan d'action", "Suivis", "Listes"]);
    const actions = s.tables.find((t) => t.name === "Actions")!;
    expect(actions).toMatchObject({ sheet: "Plan d'action", row: 3, col: 1 });
    expect(actions.values).toEqual([
      ["No", "Champ d'action", "Action", "Échéance", "Avancement (%)", "Priorité"],
      ["1.1", "Loisirs", "=1+1", dayFromIso("2026-03-15"), 0.5, 1],
      ["1.2", "Sécurité", "+33 bénévoles", null, null, null],
    ]);
    expect(actions.formats![1]).toEqual(["@", null, null, "yyyy-mm-dd", "0%", null]);
    // A table without data gets one empty row, as Excel tables need one.
    expect(s.tables.find((t) => t.name === "Suivis")!.values).toEqual([
      ["Date", "No action", "Statut"],
      [null, null, null],
    ]);
    expect(s.tables.map((t) => t.name)).toEqual(["Actions", "Suivis", "ListeChamps"]);
    expect(s.definedNames).toEqual({ "PlanVivant.Version": '"1"' });
  });

  test("strings are stored as text, never as formulas", async () => {
    const sheet = await part("xl/worksheets/sheet1.xml");
    expect(sheet).not.toMatch(/<f>/);
    expect(sheet).toContain('<c r="C4" s="3" t="inlineStr"><is><t>=1+1</t></is></c>');
  });

  test("tables, validations, frozen panes, tab colour, merges, conditional formats, print setup", async () => {
    const sheet = await part("xl/worksheets/sheet1.xml");
    expect(await part("xl/tables/table1.xml")).toMatch(
      /name="Actions"[\s\S]*ref="A3:F5"[\s\S]*TableStyleMedium2/,
    );
    expect(sheet).toMatch(
      /<dataValidation type="list" allowBlank="1" errorStyle="warning" showErrorMessage="1" errorTitle="Champ d&apos;action" error="Choisissez un champ de la liste." sqref="B4:B5">/,
    );
    expect(sheet).toContain(`<formula1>INDIRECT("ListeChamps[Champ d'action]")</formula1>`);
    expect(sheet).toMatch(
      /<dataValidation type="date"[^>]*sqref="D4:D5"><formula1>1<\/formula1><formula2>2958465<\/formula2>/,
    );
    expect(sheet).toMatch(
      /<dataValidation type="decimal"[^>]*sqref="E4:E5"><formula1>0<\/formula1><formula2>1<\/formula2>/,
    );
    expect(sheet).toMatch(
      /<dataValidation type="whole"[^>]*sqref="F4:F5"><formula1>1<\/formula1><formula2>3<\/formula2>/,
    );
    expect(sheet).toMatch(
      /<pane xSplit="1" ySplit="3" topLeftCell="B4" activePane="bottomRight" state="frozen"\/>/,
    );
    expect(sheet).toContain('<tabColor rgb="FF1F6F8B"/>');
    expect(sheet).toContain('<mergeCell ref="A1:D1"/>');
    expect(sheet).toMatch(
      /<conditionalFormatting sqref="A4:F5"><cfRule type="expression" dxfId="\d+" priority="1"><formula>ISNUMBER\(SEARCH\("late",\$F4\)\)<\/formula>/,
    );
    expect(sheet).toMatch(/<pageSetup[^>]*orientation="landscape"[^>]*fitToHeight="0"/);
    expect(sheet).toContain('<sheetPr><tabColor rgb="FF1F6F8B"/><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain("<oddFooter>&amp;RPlan vivant &amp;&amp; cie</oddFooter>");
  });

  test("hidden sheets and the defined name constant", async () => {
    const workbook = await part("xl/workbook.xml");
    expect(workbook).toMatch(/<sheet name="Listes" sheetId="3" state="hidden" r:id="rId3"\/>/);
    expect(workbook).toContain(
      '<definedNames><definedName name="PlanVivant.Version">"1"</definedName></definedNames>',
    );
  });

  testWith("soffice")(
    "LibreOffice opens the output and sees its text",
    () => {
      const dir = tempDir("write");
      writeFileSync(join(dir, "plan.xlsx"), data);
      sofficeConvert([join(dir, "plan.xlsx")], "csv:Text - txt - csv (StarCalc):44,34,76", dir);
      const csv = readFileSync(join(dir, "plan.csv"), "utf8");
      expect(csv).toContain("No,Champ d'action,Action,Échéance");
      expect(csv).toContain("1.1,Loisirs,=1+1,2026-03-15,50%,1");
    },
    120_000,
  );
});

import { existsSync } from "fs";
import JSZip from "jszip";
import { freeSheetName, writeOwnedSheet } from "../../../../src/workbook/xlsx/package/bilan-sheet";
import { parseContentTypes } from "../../../../src/workbook/xlsx/package/content-types";
import { parseRels } from "../../../../src/workbook/xlsx/package/rels";
import { readWorkbookInfo } from "../../../../src/workbook/xlsx/package/workbook-xml";
import {
  bilanPlan,
  changedParts,
  excelJsWorkbook,
  partsOf,
  sheetValues,
  textOf,
  toPdf,
  userWorkbook,
} from "./package-fixtures";
import { testWith } from "../../../support/tools";

const OWNER = { ownerName: "PlanVivant.Bilan" };
const ALLOWED = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];

const withPython = testWith("openpyxl");
const withSoffice = testWith("soffice", "openpyxl");

describe("freeSheetName", () => {
  test("keeps a free name, numbers a taken one without case", () => {
    expect(freeSheetName("Bilan", ["Suivis"])).toBe("Bilan");
    expect(freeSheetName("Bilan", ["bilan", "Bilan (2)"])).toBe("Bilan (3)");
    expect(freeSheetName("A".repeat(40), ["A".repeat(31)])).toBe(`${"A".repeat(27)} (2)`);
    expect(freeSheetName("Bilan: 2026/03", [])).toBe("Bilan  2026 03");
  });
});

/** Every part that rels point to exists, and every part has a content type. */
async function expectConsistent(bytes: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(bytes);
  const types = parseContentTypes(
    await (zip.file("[Content_Types].xml") as JSZip.JSZipObject).async("string"),
  );
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const ext = f.name.split(".").pop()?.toLowerCase() ?? "";
    expect([f.name, types.overrides.has(f.name) || types.defaults.has(ext)]).toEqual([f.name, true]);
    if (!f.name.endsWith(".rels")) continue;
    const source = f.name.replace(/_rels\/(.*)\.rels$/, "$1");
    for (const rel of parseRels(await f.async("string"))) {
      if (rel.external) continue;
      const target = rel.target.startsWith("/")
        ? rel.target.slice(1)
        : new URL(rel.target, `http://x/${source}`).pathname.slice(1);
      expect([f.name, rel.target, zip.file(decodeURI(target)) !== null]).toEqual([f.name, rel.target, true]);
    }
  }
  for (const path of types.overrides.keys()) expect([path, zip.file(path) !== null]).toEqual([path, true]);
}

describe("writeOwnedSheet", () => {
  withPython(
    "adds Bilan (2) beside the user's own Bilan, leaving every other part byte-identical",
    async () => {
      const input = userWorkbook();
      const { bytes, sheetName } = await writeOwnedSheet(input, bilanPlan(), OWNER);
      expect(sheetName).toBe("Bilan (2)");
      expect(await changedParts(input, bytes, ALLOWED)).toEqual([]);
      await expectConsistent(bytes);

      const info = await readWorkbookInfo(await JSZip.loadAsync(bytes));
      expect(info.sheets.map((s) => s.name)).toEqual([
        "Plan d'action",
        "Suivis",
        "Bilan",
        "Données",
        "Bilan (2)",
      ]);
      expect(info.names.find((n) => n.name === "PlanVivant.Bilan")?.value).toBe("'Bilan (2)'!$A$1");
      expect(info.names.find((n) => n.name === "MonTotal")?.value).toBe("'Données'!$B$2:$B$4");

      const parts = await partsOf(bytes);
      const newCharts = [...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
      expect(newCharts).toHaveLength(4); // the user's chart and three of ours
      const chart = await textOf(bytes, "xl/charts/chart2.xml");
      expect(chart).toContain("<c:doughnutChart>");
      expect(chart).toContain("<c:f>'Bilan (2)'!$B$5:$B$8</c:f>");
      expect(chart).toContain('<c:pt idx="2"><c:v>Bloquée</c:v></c:pt>');
      expect(chart).toContain('<a:srgbClr val="E53935"/>');

      const sheet = await textOf(bytes, info.sheets[4].part as string);
      expect(sheet).toContain('<tabColor rgb="FF2E7D32"/>');
      expect(sheet).toContain('&lt;2026&gt; &amp; "Québec"');
      expect(sheet).not.toContain("\u0001");
      expect(sheet).toContain('t="inlineStr"><is><t>=SUM(A1:A3) reste du texte</t>');
      expect(sheet).not.toContain("<f>");
      expect(sheet).toContain('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(sheet).toContain("<oddHeader>&amp;CBilan &amp;&amp; suivi</oddHeader>");
      expect(sheet).toContain('<row r="5" ht="30" customHeight="1">');
      expect(sheet).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');

      const before = await sheetValues(input);
      const after = await sheetValues(bytes, ["Bilan (2)"]);
      expect(after).toEqual(before);
      const all = await sheetValues(bytes);
      expect(all["Bilan (2)"]).toContainEqual([5, 1, "À venir"]);
      expect(all["Bilan (2)"]).toContainEqual([2, 1, "=SUM(A1:A3) reste du texte"]);
    },
  );

  withPython("replaces its own sheet in place, with no orphan parts, and does not grow styles", async () => {
    const input = userWorkbook();
    const first = await writeOwnedSheet(input, bilanPlan(), OWNER);
    const plan = bilanPlan();
    plan.charts = plan.charts.slice(0, 1);
    const second = await writeOwnedSheet(first.bytes, plan, OWNER);
    expect(second.sheetName).toBe("Bilan (2)");
    expect(await textOf(second.bytes, "xl/drawings/drawing2.xml")).toMatch(
      /^(?:(?!twoCellAnchor>).)*twoCellAnchor>(?:(?!<xdr:twoCellAnchor).)*$/s,
    );
    const parts = [...(await partsOf(second.bytes)).keys()];
    expect(parts.filter((p) => p.startsWith("xl/charts/"))).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
    expect(await textOf(second.bytes, "xl/styles.xml")).toBe(await textOf(first.bytes, "xl/styles.xml"));
    await expectConsistent(second.bytes);
    const info = await readWorkbookInfo(await JSZip.loadAsync(second.bytes));
    expect(info.sheets.map((s) => s.name)).toEqual([
      "Plan d'action",
      "Suivis",
      "Bilan",
      "Données",
      "Bilan (2)",
    ]);
    expect(await changedParts(input, second.bytes, ALLOWED)).toEqual([]);
  });

  test("adds a sheet named with an apostrophe and accents to an ExcelJS workbook", async () => {
    const input = await excelJsWorkbook();
    const plan = bilanPlan("Bilan d'été");
    plan.charts = plan.charts.map((c) => ({
      ...c,
      categories: c.categories.replace("Bilan!", "'Bilan d''été'!"),
      series: c.series.map((s) => ({ ...s, values: s.values.replace("Bilan!", "'Bilan d''été'!") })),
    }));
    plan.tables = [
      {
        name: "BilanActions",
        row: 50,
        col: 1,
        style: "TableStyleLight9",
        columns: [
          { header: "No", width: 8 },
          { header: "Échéance", width: 12, format: "date" },
        ],
        rows: [
          ["1.1", 46000],
          ["1.2", null],
        ],
      },
    ];
    const { bytes, sheetName } = await writeOwnedSheet(input, plan, OWNER);
    expect(sheetName).toBe("Bilan d'été");
    expect(await changedParts(input, bytes, ALLOWED)).toEqual([]);
    await expectConsistent(bytes);
    const wb = await readWorkbookInfo(await JSZip.loadAsync(bytes));
    expect(wb.names.find((n) => n.name === "PlanVivant.Bilan")?.value).toBe("'Bilan d''été'!$A$1");
    expect(await textOf(bytes, "xl/workbook.xml")).toContain(
      "<definedName name=\"PlanVivant.Bilan\">'Bilan d''été'!$A$1</definedName>",
    );
    const values = await sheetValues(bytes);
    expect(values["Bilan d'été"]).toContainEqual([51, 1, "1.1"]);
    expect(values["Plan d'action"]).toEqual((await sheetValues(input))["Plan d'action"]);
    const table = await textOf(bytes, "xl/tables/table3.xml");
    expect(table).toContain('id="3" name="BilanActions"');
    expect(table).toContain('ref="A50:B52"');
  });

  withSoffice("LibreOffice converts the result to PDF", async () => {
    const { bytes } = await writeOwnedSheet(userWorkbook(), bilanPlan(), OWNER);
    expect(existsSync(toPdf(bytes, "bilan"))).toBe(true);
  });
});

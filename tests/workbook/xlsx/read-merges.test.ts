/** The reader hands over merged cells as ranges (snapshot.merges), the title once, whatever a file declares. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MAX_MERGES, readXlsx } from "../../../src/workbook/xlsx/read";

async function workbookWithMerges(extra = ""): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.getCell("A1").value = "Plan d'action de la famille";
  ws.mergeCells("A1:D1");
  ws.getCell("A3").value = "Texte";
  ws.mergeCells("A3:B5");
  ws.getCell("A7").value = "fin";
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  if (!extra) return data;
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file(
    "xl/worksheets/sheet1.xml",
    xml.replace(/<mergeCells[^>]*>/, (m) => `${m}${extra}`),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("merged cells", () => {
  test("each merge once, by its top-left cell and size; its text only in that cell", async () => {
    const s = await readXlsx(await workbookWithMerges());
    expect(s.merges).toEqual([
      { sheet: "Plan", row: 1, col: 1, rows: 1, cols: 4 },
      { sheet: "Plan", row: 3, col: 1, rows: 3, cols: 2 },
    ]);
    expect(s.sheets[0].values.map((r) => r.filter((v) => v !== null))).toEqual([
      ["Plan d'action de la famille"],
      [],
      ["Texte"],
      [],
      [],
      [],
      ["fin"],
    ]);
  });

  test("a merge over a whole sheet costs nothing; a file's thousands of merges are capped", async () => {
    const many = Array.from(
      { length: MAX_MERGES + 10 },
      (_, i) => `<mergeCell ref="F${i + 10}:G${i + 10}"/>`,
    );
    const s = await readXlsx(await workbookWithMerges(`<mergeCell ref="H1:XFD1048576"/>${many.join("")}`));
    expect(s.merges?.[0]).toEqual({ sheet: "Plan", row: 1, col: 8, rows: 1048576, cols: 16377 });
    expect(s.merges).toHaveLength(MAX_MERGES);
  });
});

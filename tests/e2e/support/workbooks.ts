/** Workbooks the e2e tests open on the page, made with ExcelJS as another program would write them. */
import ExcelJS from "exceljs";

/** An old plan kept in a plain sheet, as municipalities have them: title rows, own headings. */
export async function oldPlanWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan MADA");
  ws.addRow(["Plan d'action MADA 2025-2027"]);
  ws.addRow([]);
  ws.addRow(["No", "Action", "Responsable", "Échéance"]);
  ws.addRow([
    "1.1",
    "Aménager des bancs sur la rue Principale",
    "Travaux publics",
    new Date(Date.UTC(2026, 5, 30)),
  ]);
  ws.addRow(["1.2", "Publier un bottin des ressources", "Communications", "31/12/2026"]);
  ws.addRow(["2.1", "Offrir une navette vers le CLSC", "Loisirs", "bientôt"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Plan workbooks laid out by hand, written with ExcelJS as a person's Excel would save them. */
import ExcelJS from "exceljs";

/** A French plan with abbreviated headings under merged title rows, beside a notes sheet. */
export async function frenchPlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").getCell("A1").value = "Rappel : bilan annuel en mars";
  const ws = wb.addWorksheet("Plan MADA");
  ws.getCell("A1").value = "Plan d'action MADA 2026-2028";
  ws.mergeCells("A1:I1");
  ws.getCell("A2").value = "Municipalité de Saint-Exemple";
  ws.mergeCells("A2:I2");
  ws.addRow([]);
  ws.addRow(["No", "Champ", "Actions", "Resp.", "Part.", "Éch.", "Budg.", "Ind.", "Commentaires"]);
  ws.addRow([
    "1.1",
    "Loisirs",
    "Offrir des cafés-rencontres",
    "Loisirs",
    "FADOQ",
    new Date(Date.UTC(2026, 5, 30)),
    1500,
    "Participants",
    "Populaire",
  ]);
  ws.addRow([
    "1.2",
    "Transport et mobilité",
    "Navette vers l'épicerie",
    "Direction générale",
    "MRC",
    "31/12/2026",
    "12 000 $",
    "Trajets",
    null,
  ]);
  ws.addRow([]);
  ws.addRow(["2.1", "Sécurité", "Visites de prévention", "Incendie", null, "bientôt", "gratuit", null, null]);
  ws.addRow(["Total", null, null, null, null, null, 13500, null, null]);
  ws.getCell("F5").numFmt = "yyyy-mm-dd";
  await wb.xlsx.writeFile(file);
}

/** An English plan kept as a real Excel table, with a status and a percent progress. */
export async function englishPlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Action plan");
  ws.addTable({
    name: "MyPlan",
    ref: "A1",
    headerRow: true,
    columns: [
      "Action No.",
      "Area of action",
      "Action",
      "Lead",
      "Due date",
      "Planned budget",
      "Status",
      "Progress",
    ].map((name) => ({ name })),
    rows: [
      [
        "A-1",
        "Recreation",
        "Build an intergenerational park",
        "Recreation",
        new Date(Date.UTC(2026, 9, 31)),
        45000,
        "In progress",
        0.4,
      ],
      [
        "A-2",
        "Communication and information",
        "Publish a services directory",
        "Communications",
        new Date(Date.UTC(2026, 4, 31)),
        3000,
        "Done",
        1,
      ],
      ["A-3", "Safety", "Senior-friendly benches", "Public works", "next year", 2000, "Waiting", 0],
    ],
  });
  for (let r = 2; r <= 4; r++) {
    ws.getCell(`E${r}`).numFmt = "yyyy-mm-dd";
    ws.getCell(`H${r}`).numFmt = "0%";
  }
  await wb.xlsx.writeFile(file);
}

/** A plan whose columns no header names clearly: the proposal is not sure. */
export async function unclearPlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Feuil1");
  ws.addRow(["Réf.", "Quoi", "Qui", "Quand"]);
  ws.addRow(["1", "Aménager un parc", "Loisirs", "2026-06-30"]);
  ws.addRow(["2", "Créer un bottin", "Communications", "2026-09-30"]);
  await wb.xlsx.writeFile(file);
}

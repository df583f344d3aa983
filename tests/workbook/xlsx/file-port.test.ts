import { emptySheet } from "../../../src/domain/layout/sheet-plan";
import type { WorkbookPlan } from "../../../src/domain/layout/sheet-plan";
import { WorkbookError } from "../../../src/workbook/port";
import { XlsxPort } from "../../../src/workbook/xlsx/file-port";

function plan(): WorkbookPlan {
  const suivis = emptySheet("Suivis");
  suivis.tables.push({
    name: "Suivis",
    row: 1,
    col: 1,
    style: "TableStyleLight9",
    columns: [
      { header: "Date", width: 12, format: "date" },
      { header: "No action", width: 10 },
    ],
    rows: [],
  });
  return { lang: "fr", sheets: [suivis], definedNames: { "PlanVivant.Version": '"1"' } };
}

test("a new workbook is written whole from a batch, then read back", async () => {
  const port = new XlsxPort();
  expect(port.bytes()).toBeUndefined();
  await expect(port.read()).rejects.toMatchObject({ code: "not-found" });
  const bilan = emptySheet("Bilan");
  bilan.cells.push({ row: 1, col: 1, value: "Bilan du suivi" });
  const result = await port.write({
    create: plan(),
    append: [{ table: "Suivis", rows: [[46_000, "1.1"]] }],
    cells: [{ sheet: "Suivis", row: 1, col: 4, value: "Note", format: "text" }],
    ownedSheet: bilan,
  });
  expect(result).toEqual({ ownedSheet: "Bilan" });
  const s = await new XlsxPort(port.bytes()).read();
  expect(s.sheetNames).toEqual(["Suivis", "Bilan"]);
  expect(s.tables[0].values).toEqual([
    ["Date", "No action"],
    [46_000, "1.1"],
  ]);
  expect(s.sheets[0].values).toEqual([["Bilan du suivi"]]);
  expect(s.definedNames["PlanVivant.Version"]).toBe('"1"');
});

test("writing into an existing workbook is refused without a package editor, and delegated with one", async () => {
  const first = new XlsxPort(null, { lang: "en", file: "plan.xlsx" });
  await first.write({ create: plan() });
  const bytes = first.bytes()!;
  const refused = new XlsxPort(bytes, { lang: "en", file: "plan.xlsx" });
  const error = await refused.write({ create: plan() }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookError);
  expect(error).toMatchObject({ code: "write-refused", params: { file: "plan.xlsx" } });
  expect((error as Error).message).toContain("cannot change this existing workbook (plan.xlsx)");

  const edited = Buffer.from("edited");
  const port = new XlsxPort(bytes, {
    edit: async (b, batch) => ({ bytes: b === bytes && batch.create ? edited : b, result: {} }),
  });
  await port.write({ create: plan() });
  expect(port.bytes()).toBe(edited);
});

test("listeners hear of each write that succeeded, and stop hearing once unsubscribed", async () => {
  const port = new XlsxPort(null, { lang: "en" });
  let heard = 0;
  const off = await port.onChange(() => heard++);
  await port.write({ create: plan() });
  expect(heard).toBe(1);
  await expect(port.write({ create: plan() })).rejects.toMatchObject({ code: "write-refused" });
  expect(heard).toBe(1);
  off();
  const edited = new XlsxPort(port.bytes(), { edit: async (b) => ({ bytes: b, result: {} }) });
  const again = await edited.onChange(() => heard++);
  await edited.write({ append: [] });
  expect(heard).toBe(2);
  again();
  await edited.write({ append: [] });
  expect(heard).toBe(2);
});

describe("XlsxPort over the package editor", () => {
  test("creating the tracking tables beside a user's sheet: the next read sees them all, the user's sheet first", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const { editXlsx } = await import("../../../src/workbook/xlsx/edit");
    const { startWorkbook } = await import("../../../src/features/start-workbook");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan MADA");
    ws.addRow(["No", "Action"]);
    ws.addRow(["1.1", "Aménager un parc"]);
    const port = new XlsxPort(new Uint8Array(await wb.xlsx.writeBuffer()), {
      edit: (data, batch) => editXlsx(data, batch, {}),
    });
    const before = await port.read();
    let heard = 0;
    await port.onChange(() => (heard += 1));
    await startWorkbook(port, { lang: "fr", demo: false, today: 20000 });
    const after = await port.read();
    expect(heard).toBe(1);
    expect(after).not.toBe(before);
    expect(after.sheetNames[0]).toBe("Plan MADA");
    expect(after.sheetNames).toEqual(
      expect.arrayContaining(["Paramètres", "Plan d'action", "Suivis", "Listes"]),
    );
    expect(after.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["Actions", "Suivis", "Parametres"]),
    );
  });
});

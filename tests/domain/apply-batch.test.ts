/**
 * applyBatch against a real host: after each kind of save, the snapshot computed from the
 * write reads (readWorkbook) exactly as a fresh read of the written .xlsx bytes.
 */
import JSZip from "jszip";
import { applyBatch } from "../../src/domain/apply-batch";
import { demoPlan } from "../../src/domain/demo";
import { dayFromIso, type Day } from "../../src/domain/dates";
import { emptyActionInput, emptySuiviInput } from "../../src/domain/forms/inputs";
import { readWorkbook } from "../../src/domain/read";
import type { WorkbookSnapshot } from "../../src/domain/raw";
import { addSuivi } from "../../src/features/add-suivi";
import { makeBilan } from "../../src/features/make-bilan";
import { saveAction } from "../../src/features/save-action";
import { dropAction } from "../../src/features/update-plan";
import { editXlsx } from "../../src/workbook/xlsx/edit";
import { XlsxPort } from "../../src/workbook/xlsx/file-port";

const today = dayFromIso("2026-03-15") as Day;

async function demoPort(): Promise<XlsxPort> {
  const first = new XlsxPort();
  await first.write({ create: demoPlan(today, "fr") });
  return new XlsxPort(first.bytes(), { edit: (data, batch) => editXlsx(data, batch, {}) });
}

async function expectSameAsRead(port: XlsxPort, applied: WorkbookSnapshot | undefined): Promise<void> {
  expect(applied).not.toBeUndefined();
  const fresh = readWorkbook(await port.read(), { today });
  expect(readWorkbook(applied!, { today })).toEqual(fresh);
}

describe("applyBatch equals a fresh read of the written workbook (xlsx host)", () => {
  test("a follow-up, a new action, an edited action, a drop and a bilan, one after another", async () => {
    const port = await demoPort();
    let held = await port.read();
    const wb = readWorkbook(held, { today });
    const no = wb.actions[0].no;

    const suivi = await addSuivi(
      port,
      {
        ...emptySuiviInput("2026-03-14"),
        action: no,
        status: "in-progress",
        progress: "40",
        achievements: "Septembre 2025 : mars 2025",
      },
      { today, from: held },
    );
    expect(suivi.ok).toBe(true);
    if (!suivi.ok) return;
    await expectSameAsRead(port, suivi.snapshot);
    held = suivi.snapshot!;

    const added = await saveAction(
      port,
      {
        ...emptyActionInput(),
        no: "9.9",
        area: wb.actions[0].area ?? "",
        action: "Nouvelle action",
        porteur: "Service des loisirs",
        due: "2026-12-31",
      },
      { today, from: held },
    );
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    await expectSameAsRead(port, added.snapshot);
    held = added.snapshot!;

    const edited = await saveAction(
      port,
      {
        ...emptyActionInput(),
        no: "9.9",
        area: wb.actions[0].area ?? "",
        action: "Action renommée",
        porteur: "Service des loisirs",
        due: "2027-01-31",
      },
      { today, from: held, editingNo: "9.9" },
    );
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    await expectSameAsRead(port, edited.snapshot);
    held = edited.snapshot!;

    const dropped = await dropAction(
      port,
      { action: "9.9", reason: "Plus de budget", date: "2026-03-15" } as never,
      { today, from: held },
    );
    expect(dropped.ok).toBe(true);
    if (!dropped.ok) return;
    await expectSameAsRead(port, dropped.snapshot);
    held = dropped.snapshot!;

    const bilan = await makeBilan(port, { lang: "fr", now: new Date("2026-03-15T12:00:00Z"), from: held });
    await expectSameAsRead(port, bilan.snapshot);
    const again = await makeBilan(port, {
      lang: "fr",
      now: new Date("2026-03-16T12:00:00Z"),
      from: bilan.snapshot,
    });
    await expectSameAsRead(port, again.snapshot);
    expect(again.snapshot!.sheetNames).toEqual((await port.read()).sheetNames);
  });

  test("a PlanVivant.Bilan name on a user's sheet: the sheet is kept in the snapshot, as in the file", async () => {
    const port = await demoPort();
    // The workbook-level name alone (pasted from another workbook) on the user's Listes sheet.
    const zip = await JSZip.loadAsync(port.bytes()!);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const name = '<definedName name="PlanVivant.Bilan">Listes!$A$1</definedName>';
    const named = xml.includes("<definedNames>")
      ? xml.replace("<definedNames>", `<definedNames>${name}`)
      : xml.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
    zip.file("xl/workbook.xml", named);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const user = new XlsxPort(bytes, { edit: (data, batch) => editXlsx(data, batch, {}) });
    const held = await user.read();
    expect(held.sheetNames).toContain("Listes");

    const bilan = await makeBilan(user, { lang: "fr", now: new Date("2026-03-15T12:00:00Z"), from: held });
    const fresh = await user.read();
    expect(fresh.sheetNames).toContain("Listes");
    expect(bilan.snapshot!.sheetNames).toEqual(fresh.sheetNames);
    await expectSameAsRead(user, bilan.snapshot);
  });

  test("a write that creates tables, or rows typed under a table, is left to a read", () => {
    const snapshot: WorkbookSnapshot = {
      tables: [
        {
          name: "Suivis",
          sheet: "Suivis",
          row: 1,
          col: 1,
          values: [["Date"]],
          below: { sheet: "Suivis", row: 3, col: 1, values: [["x"]] },
        },
      ],
      sheets: [],
      sheetNames: ["Suivis"],
      definedNames: {},
    };
    expect(applyBatch(snapshot, { create: { lang: "fr", sheets: [], definedNames: {} } })).toBeUndefined();
    expect(applyBatch(snapshot, { append: [{ table: "Suivis", rows: [["2026-01-01"]] }] })).toBeUndefined();
  });
});

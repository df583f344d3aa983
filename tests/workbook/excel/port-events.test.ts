/**
 * One read per user action, on the Excel host: opening the pane reads and watches in 2 round
 * trips; the change events Excel raises for the port's own writes are recognised from the
 * events (source, address, a single cell's value) and never reach the listener; a
 * co-author's edit, or a person's edit in the sheet, does; tables created later are watched.
 */
import { emptySheet } from "../../../src/domain/layout/sheet-plan";
import { emptyActionInput } from "../../../src/domain/forms/inputs";
import { dayFromIso, type Day } from "../../../src/domain/dates";
import { makeBilan } from "../../../src/features/make-bilan";
import { saveAction } from "../../../src/features/save-action";
import { SUIVI_HEADERS, portOn, trackingWorkbook } from "./fake/tracking";

const ROW = [46100, "1.1", "En cours", 10, "Rencontre", null, null, null, null, null, null, null, null];

/** A pane opening: the read, and the subscription asked right after it, as use-plan does. */
async function open(wb = trackingWorkbook(3, 3)) {
  const { ctx, port } = portOn(wb);
  const listener = jest.fn();
  const reading = port.read();
  const subscribing = port.onChange(listener);
  const [snapshot, unsubscribe] = await Promise.all([reading, subscribing]);
  return { wb, ctx, port, listener, snapshot, unsubscribe };
}

describe("ExcelPort events", () => {
  test("open = read + watch in 2 syncs on desktop: Actions, Suivis and new tables watched", async () => {
    const { wb, ctx } = await open();
    expect(ctx.syncs).toBe(2);
    expect(ctx.watches(wb.table("Actions")!)).toBe(true);
    expect(ctx.watches(wb.table("Suivis")!)).toBe(true);
    expect(ctx.watches(wb.table("Parametres")!)).toBe(false);
    expect(ctx.watchesAddedTables).toBe(true);
  });

  test("the port's own append and in-place cells raise events that are not passed on", async () => {
    const { wb, ctx, port, listener } = await open();
    await port.write({ append: [{ table: "Suivis", rows: [ROW] }] });
    await port.write({ cells: [{ sheet: "Plan d'action", row: 4, col: 18, value: "En cours" }] });
    await ctx.events();
    expect(listener).not.toHaveBeenCalled();
    expect(wb.table("Suivis")!.lastRow).toBe(5);
    // The host did raise them: a listener of its own hears them.
    const heard: string[] = [];
    await ctx.run(async (context) => {
      context.workbook.tables.getItem("Suivis").onChanged.add(async (args) => void heard.push(args.address));
      await context.sync();
    });
    await port.write({ append: [{ table: "Suivis", rows: [ROW] }] });
    await ctx.events();
    expect(heard).toContain("A6:M6");
    expect(listener).not.toHaveBeenCalled();
  });

  test("saving an action from the pane, new or edited: 1 sync each, no call, the plan read once", async () => {
    const { ctx, port, listener, snapshot } = await open(trackingWorkbook(4, 6));
    const read = jest.spyOn(port, "read");
    const today = dayFromIso("2026-03-15") as Day;
    const input = { ...emptyActionInput(), no: "2.1", action: "Nouvelle action", porteur: "Loisirs" };
    let before = ctx.syncs;
    const added = await saveAction(port, input, { today, from: snapshot });
    expect(added.ok).toBe(true);
    expect(ctx.syncs - before).toBe(1);
    if (!added.ok) return;
    before = ctx.syncs;
    const edited = await saveAction(
      port,
      { ...input, no: "1.2", action: "Action renommée" },
      { today, editingNo: "1.2", from: added.snapshot },
    );
    expect(edited).toMatchObject({ ok: true, mode: "updated" });
    expect(ctx.syncs - before).toBe(1);
    await ctx.events();
    expect(listener).not.toHaveBeenCalled();
    expect(read).not.toHaveBeenCalled();
  });

  test("a bilan's computed columns, cells Excel reports as one block, are its own echo too", async () => {
    const { ctx, port, listener, snapshot } = await open(trackingWorkbook(6, 12));
    const before = ctx.syncs;
    await makeBilan(port, { lang: "fr", now: new Date("2026-03-15T12:00:00Z"), from: snapshot });
    await ctx.events();
    expect(ctx.syncs - before).toBeLessThanOrEqual(3);
    expect(listener).not.toHaveBeenCalled();
  });

  test("a person correcting, in the sheet, the row the pane just added is their edit: one call", async () => {
    const { wb, ctx, port, listener } = await open();
    await port.write({ append: [{ table: "Suivis", rows: [ROW] }] });
    await ctx.events();
    wb.editCell("Suivis", 5, 5, "Rencontre du comité (corrigé)");
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("a co-author's change (Remote) and a local edit elsewhere each reach the listener", async () => {
    const { wb, ctx, port, listener } = await open();
    await port.write({ append: [{ table: "Suivis", rows: [ROW] }] });
    wb.changeTable("Suivis", "Remote");
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(1);
    wb.editCell("Plan d'action", 4, 4, "Action renommée");
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test("a table created after the pane opened is watched from the next read, at no extra sync", async () => {
    const wb = trackingWorkbook(3, 3);
    wb.tables.splice(
      wb.tables.findIndex((t) => t.name === "Suivis"),
      1,
    );
    const { ctx, port, listener } = await open(wb);
    expect(ctx.syncs).toBe(2);
    // Démarrer (or Adopter) creates the Suivis table; the pane then reads once.
    const sheet = emptySheet("Suivis 2026");
    sheet.tables.push({
      name: "Suivis",
      row: 1,
      col: 1,
      columns: SUIVI_HEADERS.map((header) => ({ header, width: 14 })),
      rows: [],
      style: "TableStyleMedium2",
    });
    await port.write({ create: { lang: "fr", sheets: [sheet], definedNames: {} } });
    await ctx.events();
    expect(listener).not.toHaveBeenCalled(); // its own onAdded
    const before = ctx.syncs;
    await port.read();
    expect(ctx.syncs - before).toBe(2);
    expect(ctx.watches(wb.table("Suivis")!)).toBe(true);
    wb.changeTable("Suivis", "Remote");
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("a table a person adds (Insert > Table) is someone else's change: one call", async () => {
    const { ctx, listener } = await open();
    await ctx.run(async (context) => {
      context.workbook.worksheets.getItem("Listes").tables.add("A1:A4", true);
      await context.sync();
    });
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test("the compatibility check's tables, on its hidden sheet, are not taken for a person's", async () => {
    const { wb, ctx, port, listener } = await open();
    const report = await port.checkCompatibility();
    await ctx.events();
    expect(report.probes.filter((probe) => probe.status === "failed")).toEqual([]);
    expect(listener).not.toHaveBeenCalled();
    expect(wb.sheets.map((sheet) => sheet.name)).not.toContain("PlanVivant_Compat");
  });

  test("unsubscribing removes every handler in 1 sync", async () => {
    const { wb, ctx, unsubscribe } = await open();
    const before = ctx.syncs;
    await unsubscribe();
    expect(ctx.syncs - before).toBe(1);
    expect(ctx.watches(wb.table("Suivis")!)).toBe(false);
    expect(ctx.watchesAddedTables).toBe(false);
  });
});

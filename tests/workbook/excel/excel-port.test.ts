import { WorkbookError } from "../../../src/workbook/port";
import { ExcelPort } from "../../../src/workbook/excel/excel-port";
import { ExcelHost } from "./host/host";
import { portOn, trackingWorkbook } from "./fake/tracking";

describe("ExcelPort errors", () => {
  test("a cell being edited becomes WorkbookError('cell-edit'), in the port's language", async () => {
    const wb = trackingWorkbook(3, 3);
    wb.cellEditMode = true;
    const { port } = portOn(wb);
    const error = await port.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "cell-edit", params: { reason: "InvalidOperationInCellEditMode" } });
    expect((error as Error).message).toMatch(/Entrée ou Échap/);
  });

  test("a protected sheet refuses the write: WorkbookError('write-refused')", async () => {
    const wb = trackingWorkbook(3, 3);
    const { port } = portOn(wb);
    await port.read();
    wb.sheet("Suivis")!.protectedSheet = true;
    await expect(
      port.write({
        append: [
          {
            table: "Suivis",
            rows: [[46100, "1.1", "En cours", null, null, null, null, null, null, null, null, null, null]],
          },
        ],
      }),
    ).rejects.toMatchObject({ code: "write-refused", params: { reason: "AccessDenied" } });
  });

  test("without ExcelApi 1.7 every call fails with 'requirement-set' before touching Excel", async () => {
    const ctx = new ExcelHost(trackingWorkbook(1, 1));
    const port = new ExcelPort(ctx.run, { supports: () => false, lang: "en" });
    await expect(port.read()).rejects.toMatchObject({
      code: "requirement-set",
      params: { set: "ExcelApi 1.7" },
    });
    await expect(port.write({})).rejects.toMatchObject({ code: "requirement-set" });
    await expect(port.select("Suivis!A1")).rejects.toMatchObject({ code: "requirement-set" });
    expect(ctx.syncs).toBe(0);
  });
});

describe("ExcelPort.select", () => {
  test("activates the sheet and selects the range in 1 sync", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb);
    await port.select("'Plan d''action'!A4:U4");
    expect(ctx.syncs).toBe(1);
    expect(wb.activeSheet).toBe("Plan d'action");
    expect(wb.selection).toBe("'Plan d''action'!A4:U4");
  });

  test("a missing sheet is WorkbookError('not-found')", async () => {
    const { port } = portOn(trackingWorkbook(1, 1));
    await expect(port.select("Disparue!A1")).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("ExcelPort.onChange", () => {
  test("calls back when Actions or Suivis change, until unsubscribed", async () => {
    const wb = trackingWorkbook(3, 3);
    const { ctx, port } = portOn(wb);
    const listener = jest.fn();
    const unsubscribe = await port.onChange(listener);
    expect(ctx.syncs).toBe(2);
    wb.changeTable("Suivis");
    wb.changeTable("Actions");
    wb.changeTable("Parametres");
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(ctx.watchesAddedTables).toBe(true);
    await unsubscribe();
    expect(ctx.syncs).toBe(3);
    wb.changeTable("Suivis");
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(2);
    expect(ctx.watches(wb.table("Suivis")!)).toBe(false);
    expect(ctx.watchesAddedTables).toBe(false);
  });

  test("a missing table is skipped, not an error", async () => {
    const wb = trackingWorkbook(3, 3);
    wb.tables.splice(
      wb.tables.findIndex((t) => t.name === "Actions"),
      1,
    );
    const { ctx, port } = portOn(wb, (v) => v === "1.7");
    const listener = jest.fn();
    const unsubscribe = await port.onChange(listener);
    wb.changeTable("Suivis");
    await ctx.events();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ctx.watchesAddedTables).toBe(false); // ExcelApi 1.9 missing: no onAdded
    await unsubscribe();
    expect(ctx.watches(wb.table("Suivis")!)).toBe(false);
  });
});

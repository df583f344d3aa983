/**
 * The fake Excel must fail where Office fails, or the adapter's tests prove nothing: its
 * proxies are Microsoft's client library, its answers the host's. These tests break the
 * Office rules on purpose, to see them refused.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { ExcelHost } from "./host/host";
import { WEB_PAYLOAD_LIMIT } from "./host/limits";
import { trackingWorkbook } from "./fake/tracking";

describe("the strict Excel fake", () => {
  test("a property read before load() and sync() throws", async () => {
    const host = new ExcelHost(trackingWorkbook(1, 1));
    const ctx = host.context();
    const range = ctx.workbook.worksheets.getItem("Suivis").getRange("A1:B2");
    expect(() => range.values).toThrow(/is not available/);
    range.load("values");
    expect(() => range.values).toThrow(/is not available/);
    await ctx.sync();
    expect(range.values[0]).toEqual(["Date", "No action"]);
    expect(() => range.numberFormat).toThrow(/is not available/);
    expect(() => ctx.workbook.tables.items).toThrow(/is not available/);
  });

  test("getItem of a missing item fails the sync; getItemOrNullObject does not", async () => {
    const host = new ExcelHost(trackingWorkbook(1, 1));
    const ctx = host.context();
    const missing = ctx.workbook.tables.getItemOrNullObject("Rencontres");
    expect(() => missing.isNullObject).toThrow(/is not available/);
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.tables.getItem("Rencontres");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a navigation, a method or a setter on a null object fails the sync (ItemNotFound); loading it does not", async () => {
    const wb = trackingWorkbook(1, 1);
    const host = new ExcelHost(wb);
    const ctx = host.context();
    // loading a null object is what Microsoft documents: it answers isNullObject
    const used = ctx.workbook.worksheets.getItem("Notes vides").getUsedRangeOrNullObject(true);
    used.load("values");
    const name = ctx.workbook.names.getItemOrNullObject("PlanVivant.Bilan");
    name.load("formula");
    await ctx.sync();
    expect([used.isNullObject, name.isNullObject]).toEqual([true, true]);

    // anything chained on one is not documented: it fails the batch, as a missing item does
    const chained = ctx.workbook.names
      .getItemOrNullObject("PlanVivant.Bilan")
      .getRangeOrNullObject()
      .worksheet.names.getItemOrNullObject("PlanVivant.Bilan");
    chained.load("formula");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    ctx.workbook.tables.getItemOrNullObject("Rencontres").delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    ctx.workbook.tables.getItemOrNullObject("Rencontres").showTotals = true;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });

    // switched off, the chain gives one more null object
    host.strictNullObjects = false;
    const lenient = ctx.workbook.names
      .getItemOrNullObject("PlanVivant.Bilan")
      .getRangeOrNullObject()
      .worksheet.names.getItemOrNullObject("PlanVivant.Bilan");
    lenient.load("formula");
    await ctx.sync();
    expect(lenient.isNullObject).toBe(true);
  });

  test("text starting with = becomes a formula unless its cell is formatted @ first", async () => {
    const wb = trackingWorkbook(1, 1);
    const host = new ExcelHost(wb);
    const ctx = host.context();
    const sheet = ctx.workbook.worksheets.getItem("Listes");
    sheet.getRange("C1").values = [["=1+1"]];
    const text = sheet.getRange("C2");
    text.numberFormat = [["@"]];
    text.values = [["=1+1"]];
    await ctx.sync();
    expect(wb.sheet("Listes")?.cell(1, 3)?.formula).toBe("=1+1");
    expect(wb.sheet("Listes")?.cell(2, 3)).toEqual({ value: "=1+1", format: "@" });
    expect(host.syncs).toBe(1);
  });

  test("a grid that does not match its range fails the sync", async () => {
    const host = new ExcelHost(trackingWorkbook(1, 1));
    const ctx = host.context();
    ctx.workbook.worksheets.getItem("Listes").getRange("A1:B1").values = [["x"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("on the web, a sync whose loaded response passes 5 MB fails, and loads nothing", async () => {
    const wb = trackingWorkbook(200, 50_000);
    const load = (context: Excel.RequestContext) => {
      const range = context.workbook.tables.getItem("Suivis").getRange();
      range.load("values,numberFormat,valueTypes");
      return range;
    };
    const desktop = new ExcelHost(wb);
    const onDesktop = desktop.context();
    const full = load(onDesktop);
    await onDesktop.sync();
    expect(full.values).toHaveLength(50_001);
    expect(desktop.responseBytes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);

    const web = new ExcelHost(wb);
    web.platform = "web";
    const onWeb = web.context();
    const refused = load(onWeb);
    await expect(onWeb.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(web.responseBytes[0]).toBe(desktop.responseBytes[0]);
    expect(() => refused.values).toThrow(/is not available/);

    // a fifth of it passes
    const top = onWeb.workbook.tables.getItem("Suivis").getRange().getCell(0, 0).getResizedRange(9_999, 12);
    top.load("values,numberFormat,valueTypes");
    await onWeb.sync();
    expect(top.values).toHaveLength(10_000);
    expect(web.responseBytes[1]).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });

  test("on the web, a request over 5 MB fails before anything runs", async () => {
    const wb = trackingWorkbook(1, 1);
    const host = new ExcelHost(wb);
    const ctx = host.context();
    host.platform = "web";
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `Rencontre avec le comité de suivi et les partenaires, numéro ${i}`,
      i,
    ]);
    ctx.workbook.worksheets.getItem("Listes").getRange(`C1:D${rows.length}`).values = rows;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.requestBytes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(wb.sheet("Listes")?.cell(1, 3)).toBeUndefined();
  });
});

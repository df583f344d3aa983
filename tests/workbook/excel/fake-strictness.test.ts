/**
 * The fake must fail where Office fails, or the adapter's tests prove nothing.
 * These tests break the Office rules on purpose, to see the fake refuse.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
import { FakeContext, WEB_PAYLOAD_LIMIT } from "./fake/fake-excel";
import { trackingWorkbook } from "./fake/tracking";

describe("the strict Excel fake", () => {
  test("a property read before load() and sync() throws", async () => {
    const ctx = new FakeContext(trackingWorkbook(1, 1));
    const range = ctx.workbook.worksheets.getItem("Suivis").getRange("A1:B2");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load("values");
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(range.values[0]).toEqual(["Date", "No action"]);
    expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
    expect(() => ctx.workbook.tables.items).toThrow(/PropertyNotLoaded/);
  });

  test("getItem of a missing item fails the sync; getItemOrNullObject does not", async () => {
    const ctx = new FakeContext(trackingWorkbook(1, 1));
    const missing = ctx.workbook.tables.getItemOrNullObject("Rencontres");
    expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    ctx.workbook.tables.getItem("Rencontres");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("text starting with = becomes a formula unless its cell is formatted @ first", async () => {
    const wb = trackingWorkbook(1, 1);
    const ctx = new FakeContext(wb);
    const sheet = ctx.workbook.worksheets.getItem("Listes");
    sheet.getRange("C1").values = [["=1+1"]];
    const text = sheet.getRange("C2");
    text.numberFormat = [["@"]];
    text.values = [["=1+1"]];
    await ctx.sync();
    expect(wb.sheet("Listes")?.cell(1, 3)?.formula).toBe("=1+1");
    expect(wb.sheet("Listes")?.cell(2, 3)).toEqual({ value: "=1+1", format: "@" });
    expect(ctx.syncs).toBe(1);
  });

  test("a grid that does not match its range fails the sync", async () => {
    const ctx = new FakeContext(trackingWorkbook(1, 1));
    ctx.workbook.worksheets.getItem("Listes").getRange("A1:B1").values = [["x"]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("on the web, a sync whose loaded response passes 5 MB fails, and loads nothing", async () => {
    const wb = trackingWorkbook(200, 50_000);
    const load = (ctx: FakeContext) => {
      const range = ctx.workbook.tables.getItem("Suivis").getRange();
      range.load("values,numberFormat,valueTypes");
      return range;
    };
    const desktop = new FakeContext(wb);
    const full = load(desktop);
    await desktop.sync();
    expect(full.values).toHaveLength(50_001);
    expect(desktop.responseBytes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);

    const web = new FakeContext(wb);
    web.platform = "web";
    const refused = load(web);
    await expect(web.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(web.responseBytes[0]).toBe(desktop.responseBytes[0]);
    expect(() => refused.values).toThrow(/PropertyNotLoaded/);

    // a fifth of it passes
    const top = web.workbook.tables.getItem("Suivis").getRange().getCell(0, 0).getResizedRange(9_999, 12);
    top.load("values,numberFormat,valueTypes");
    await web.sync();
    expect(top.values).toHaveLength(10_000);
    expect(web.responseBytes[1]).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  });

  test("on the web, a request over 5 MB fails before anything runs", async () => {
    const wb = trackingWorkbook(1, 1);
    const ctx = new FakeContext(wb);
    ctx.platform = "web";
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `Rencontre avec le comité de suivi et les partenaires, numéro ${i}`,
      i,
    ]);
    ctx.workbook.worksheets.getItem("Listes").getRange(`C1:D${rows.length}`).values = rows;
    await expect(ctx.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(ctx.requestBytes[0]).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
    expect(wb.sheet("Listes")?.cell(1, 3)).toBeUndefined();
  });
});

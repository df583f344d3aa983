/**
 * The host's data validation, page layout and failure locations, as Microsoft documents them,
 * through Microsoft's own client library: what the compatibility check reads back.
 */
import { FakeWorkbook } from "./fake/model";
import { ExcelHost } from "./host/host";

function hostWith(): { wb: FakeWorkbook; host: ExcelHost } {
  const wb = new FakeWorkbook();
  wb.seed("Feuil1", 1, 1, [["a"]]);
  return { wb, host: new ExcelHost(wb) };
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; location?: string }> {
  try {
    await promise;
  } catch (error) {
    const office = error as { code: string; debugInfo?: { errorLocation?: string } };
    return { code: office.code, location: office.debugInfo?.errorLocation };
  }
  throw new Error("the batch did not fail");
}

describe("data validation", () => {
  test("a list rule is read back as List; no rule is None; cells that differ are Inconsistent", async () => {
    const { host } = hostWith();
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem("Feuil1");
    const before = sheet.getRange("B1:B3").dataValidation.load("type");
    await context.sync();
    expect(before.type).toBe("None");
    sheet.getRange("B1:B3").dataValidation.rule = { list: { inCellDropDown: true, source: "Oui,Non" } };
    const list = sheet.getRange("B1:B3").dataValidation.load("type");
    const mixed = sheet.getRange("B3:B4").dataValidation.load("type");
    await context.sync();
    expect(list.type).toBe("List");
    expect(mixed.type).toBe("Inconsistent");
  });

  test("a rule with two criteria, or a list without its source, is refused", async () => {
    const { host } = hostWith();
    const context = host.context();
    const validation = context.workbook.worksheets.getItem("Feuil1").getRange("C1").dataValidation;
    validation.rule = {
      list: { inCellDropDown: true, source: "A,B" },
      wholeNumber: { formula1: 1, operator: "GreaterThan" },
    };
    expect(await failure(context.sync())).toEqual({
      code: "InvalidArgument",
      location: "DataValidation.rule",
    });
    // An object of a failed batch is not reused (the library refuses its path): fetched again.
    context.workbook.worksheets.getItem("Feuil1").getRange("C1").dataValidation.rule = {
      list: { inCellDropDown: true, source: "" },
    };
    expect((await failure(context.sync())).code).toBe("InvalidArgument");
  });

  test("a protected sheet refuses it", async () => {
    const { wb, host } = hostWith();
    wb.sheet("Feuil1")!.protectedSheet = true;
    const context = host.context();
    context.workbook.worksheets.getItem("Feuil1").getRange("C1").dataValidation.rule = {
      list: { inCellDropDown: true, source: "A,B" },
    };
    expect((await failure(context.sync())).code).toBe("AccessDenied");
  });
});

describe("page layout", () => {
  test("orientation is Portrait until set, then read back; anything else is refused", async () => {
    const { wb, host } = hostWith();
    const context = host.context();
    const layout = context.workbook.worksheets.getItem("Feuil1").pageLayout;
    layout.load("orientation");
    await context.sync();
    expect(layout.orientation).toBe("Portrait");
    layout.orientation = "Landscape";
    layout.load("orientation");
    await context.sync();
    expect(layout.orientation).toBe("Landscape");
    expect(wb.sheet("Feuil1")?.log).toContain('pageLayout.orientation = "Landscape"');
    layout.orientation = "Sideways" as Excel.PageOrientation;
    expect((await failure(context.sync())).code).toBe("InvalidArgument");
  });
});

describe("a failure's location", () => {
  test("names the API member Excel failed in, as debugInfo.errorLocation", async () => {
    const { host } = hostWith();
    const context = host.context();
    context.workbook.worksheets.getItem("Absente").getRange("A1").values = [["x"]];
    expect(await failure(context.sync())).toEqual({
      code: "ItemNotFound",
      location: "WorksheetCollection.getItem",
    });
  });
});

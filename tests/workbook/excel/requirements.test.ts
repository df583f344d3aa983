import { excelSupport, officeSupports } from "../../../src/workbook/excel/requirements";
import { toWorkbookError } from "../../../src/workbook/excel/errors";
import { degradedMessage, excelErrorMessage, excelText } from "../../../src/i18n/excel";

describe("excelSupport", () => {
  test("everything on ExcelApi 1.9", () => {
    expect(excelSupport(() => true)).toEqual({
      floor: true,
      dataValidation: true,
      screenUpdating: true,
      pageLayout: true,
      tableAdded: true,
      degraded: [],
    });
  });

  test("ExcelApi 1.8 lacks only the 1.9 features", () => {
    const support = excelSupport((v) => v === "1.7" || v === "1.8");
    expect(support.dataValidation).toBe(true);
    expect(support.degraded).toEqual(["screen-updating", "page-layout", "table-added"]);
  });

  test("outside Office nothing is supported", () => {
    expect(officeSupports("1.7")).toBe(false);
    expect(excelSupport().floor).toBe(false);
  });
});

describe("errors and messages", () => {
  test("Office codes map to workbook error codes", () => {
    const office = (code: string) => Object.assign(new Error("x"), { code });
    expect(toWorkbookError(office("InvalidOperationInCellEditMode"), "write", "fr").code).toBe("cell-edit");
    expect(toWorkbookError(office("AccessDenied"), "write", "fr").code).toBe("write-refused");
    expect(toWorkbookError(office("InvalidOperation"), "write", "fr").code).toBe("write-refused");
    expect(toWorkbookError(office("ItemNotFound"), "select", "fr").code).toBe("not-found");
    expect(toWorkbookError(office("GeneralException"), "read", "en").code).toBe("unreadable");
    expect(toWorkbookError("boom", "write", "en")).toMatchObject({
      code: "write-refused",
      params: { reason: "boom" },
    });
  });

  test("French and English have the same keys, and params are filled in", () => {
    expect(Object.keys(excelText.fr.errors).sort()).toEqual(Object.keys(excelText.en.errors).sort());
    expect(Object.keys(excelText.fr.features).sort()).toEqual(Object.keys(excelText.en.features).sort());
    expect(excelErrorMessage("missing-table", "fr", { table: "Suivis" })).toBe(
      "Le tableau Suivis est introuvable dans le classeur.",
    );
    expect(degradedMessage([], "fr")).toBe("");
    expect(degradedMessage(["data-validation"], "en")).toBe(
      "Not offered by this version of Excel: drop-down lists and data validation (ExcelApi 1.8).",
    );
  });
});

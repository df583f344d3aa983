/**
 * Protection as Excel enforces it: a protected sheet refuses writes to its cells, formats,
 * tables and conditional formats, a protected workbook structure refuses adding, deleting,
 * moving and renaming sheets, both with AccessDenied (Microsoft Learn, "Excel.ErrorCodes":
 * accessDenied, "You cannot perform the requested operation"; "WorksheetProtection",
 * "WorkbookProtection: protects the workbook's structure").
 */
import type { FakeSheet, FakeWorkbook } from "../fake/model";
import { HostError } from "./messages";
import type { Family } from "./objects";

export function refuseProtected(sheet: FakeSheet): void {
  if (sheet.protectedSheet)
    throw new HostError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`,
    );
}

export function refuseStructure(model: FakeWorkbook): void {
  if (model.protectedStructure) throw new HostError("AccessDenied", "The workbook's structure is protected.");
}

export const protection: Family<"protection"> = {
  get(host, obj, name) {
    if (name === "Protected") return obj.sheet ? obj.sheet.protectedSheet : host.model.protectedStructure;
    return undefined;
  },
};

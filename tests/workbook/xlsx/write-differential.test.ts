/**
 * The package writer against the ExcelJS writer it replaced (kept under tests/support): on the
 * empty template, the demo (both languages) and the write test's sample plan, both give the
 * same sheets, tables, cells and number formats, widths, heights, validations, panes, merges,
 * hidden sheets, print setup, defined names and conditional formats, extracted with the
 * tokenizer from each package.
 */
import { dayFromIso } from "../../../src/domain/dates";
import { demoPlan } from "../../../src/domain/demo";
import { templatePlan } from "../../../src/domain/layout/template";
import type { WorkbookPlan } from "../../../src/domain/layout/sheet-plan";
import { writeXlsx } from "../../../src/workbook/xlsx/write";
import { writeXlsxWithExcelJS } from "../../support/exceljs-writer/write";
import { structure, type Structure } from "../../support/exceljs-writer/structure";

const day = dayFromIso("2026-05-04")!;

const plans: [string, () => WorkbookPlan][] = [
  ["the empty template (fr)", () => templatePlan({ lang: "fr" })],
  ["the empty template (en)", () => templatePlan({ lang: "en", organisation: "Ville & cie" })],
  ["the demo (fr)", () => demoPlan(day, "fr")],
  ["the demo (en)", () => demoPlan(day, "en")],
];

describe.each(plans)("%s", (_name, make) => {
  test("the package writer and the ExcelJS writer write the same workbook", async () => {
    const plan = make();
    const ours = structure(await writeXlsx(plan));
    const theirs = structure(await writeXlsxWithExcelJS(plan));
    expect(ours).toEqual(theirs);
    // What was compared is the plan: its sheets, tables, rules and validations were all found.
    const sheets = (ours as Structure).sheets;
    expect(sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(sheets.map((s) => s.tables.map((t) => t.name))).toEqual(
      plan.sheets.map((s) => s.tables.map((t) => t.name).sort()),
    );
    expect(sheets.map((s) => s.conditionalFormats.length)).toEqual(
      plan.sheets.map((s) => s.conditionalFormats.length),
    );
    expect(sheets.map((s) => s.validations.length)).toEqual(
      plan.sheets.map((s) => s.tables.flatMap((t) => t.columns.filter((c) => c.validation)).length),
    );
    expect(Object.keys((ours as Structure).definedNames).sort()).toEqual(
      Object.keys(plan.definedNames).sort(),
    );
  });
});

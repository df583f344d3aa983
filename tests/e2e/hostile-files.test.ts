/**
 * @jest-environment node
 *
 * Files that are not tracking workbooks get a clear message on the page that names the file and
 * the cause, and leave the workbook already open untouched; a real tracking workbook opens.
 */
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { templatePlan } from "../../src/domain/layout/template";
import { fileErrorMessage } from "../../src/i18n/files";
import { problemMessage } from "../../src/i18n/problems";
import { adoptPaneText } from "../../src/i18n/adopt";
import { standaloneText } from "../../src/i18n/standalone";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import { waitForPlan, words } from "./support/coordinator";
import { oldPlanWorkbook } from "./support/workbooks";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const t = standaloneText.fr;

/** A half-made tracking workbook: the Actions table, but no Suivis. */
async function actionsOnlyWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan d'action");
  ws.addTable({
    name: "Actions",
    ref: "A1",
    columns: [{ name: "No" }, { name: "Action" }],
    rows: [["1.1", "Aménager un parc"]],
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Drops a file on the page as a person would drag it from the file manager. */
async function dropFile(page: Page, name: string, bytes: Buffer, type: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type }));
      return dt;
    },
    { name, data: [...bytes], type },
  );
  await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
  await page.getByText(t.dropHere).waitFor();
  await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
}

describeInBrowser("standalone page: hostile files", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 300_000);
  afterAll(async () => harness?.close());

  test("a text file renamed .xlsx, dropped on the page: not an Excel workbook, named", async () => {
    const { context, page, problems } = await openPage(harness, "");
    try {
      await page.getByRole("heading", { name: t.welcomeTitle }).waitFor();
      await screenshot(page, "welcome-fr");
      await dropFile(page, "plan.xlsx", Buffer.from("No;Action\n1;Parc\n"), XLSX);
      const alert = page
        .getByRole("alert")
        .or(page.locator("[role=group]"))
        .filter({ hasText: t.cannotOpenTitle("plan.xlsx") });
      await alert.first().waitFor();
      await page.getByText(fileErrorMessage("not-xlsx", "fr", { file: "plan.xlsx" })).waitFor();
      await screenshot(page, "hostile-not-xlsx-fr");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test("a half-made tracking workbook (Actions, no Suivis): the missing table, named; the open workbook stays", async () => {
    const { context, page } = await openPage(harness, "?demo");
    try {
      await waitForPlan(page, "fr");
      await page.locator("input[type=file]").setInputFiles({
        name: "partiel.xlsx",
        mimeType: XLSX,
        buffer: await actionsOnlyWorkbook(),
      });
      const cause = problemMessage(
        { code: "missing-table", severity: "error", sheet: "Suivis", table: "Suivis", cell: "" } as never,
        "fr",
      );
      await page.getByText(t.partialTables("partiel.xlsx", cause)).waitFor();
      await page.getByText(t.cannotOpenTitle("partiel.xlsx")).waitFor();
      // The demo is still the workbook open.
      await page.getByText(t.currentFile("plan-vivant-demo.xlsx")).waitFor();
      await screenshot(page, "hostile-partial-fr");
    } finally {
      await context.close();
    }
  });

  test("a workbook with an old plan and no tracking table opens; the plan is adopted from the pane", async () => {
    const { context, page } = await openPage(harness, "");
    try {
      await page.locator("input[type=file]").setInputFiles({
        name: "ancien-plan.xlsx",
        mimeType: XLSX,
        buffer: await oldPlanWorkbook(),
      });
      const { pane } = words("fr");
      const a = adoptPaneText.fr;
      await page.getByText(pane.start.noTablesTitle).waitFor({ timeout: 60_000 });
      await page.getByText(t.currentFile("ancien-plan.xlsx")).waitFor();
      await page.getByRole("button", { name: a.open }).click();
      // Its only sheet is the plan: taken at once, no pick, its mapping shown.
      await page.getByText(a.onlySource(a.sheetOption("Plan MADA"))).waitFor();
      await page.getByText(a.mappingTitle(3)).waitFor();
      expect(await page.getByLabel(a.source).count()).toBe(0);
      await screenshot(page, "adopt-mapping-fr");
      await page.getByRole("button", { name: a.confirm }).click();
      await page.getByText(a.done(3, 0), { exact: false }).waitFor({ timeout: 60_000 });
      // The one date that is not a date is listed by its cell in the original sheet.
      await page.getByRole("button", { name: /'Plan MADA'!D6|Plan MADA!D6/ }).waitFor();
      // The preview shows the new sheets beside the original one, which is kept.
      const sheets = page.getByRole("tablist", { name: t.sheetsLabel });
      await sheets.getByRole("tab", { name: "Plan d'action", exact: true }).waitFor();
      await sheets.getByRole("tab", { name: "Plan MADA", exact: true }).waitFor();
      await screenshot(page, "adopt-done-fr");
      await page.getByRole("tab", { name: pane.tabs.check, exact: true }).click();
      await page.getByText(pane.check.counts("3", "0"), { exact: false }).waitFor();
    } finally {
      await context.close();
    }
  });

  test("a tracking workbook opens from the file picker, under its own name", async () => {
    const { context, page } = await openPage(harness, "", { locale: "en-US" });
    try {
      const bytes = Buffer.from(await writeXlsx(templatePlan({ lang: "en", organisation: "Lakeview" })));
      await page
        .locator("input[type=file]")
        .setInputFiles({ name: "lakeview-plan.xlsx", mimeType: XLSX, buffer: bytes });
      await waitForPlan(page, "en");
      await page.getByText(standaloneText.en.currentFile("lakeview-plan.xlsx")).waitFor();
      await page.getByRole("tab", { name: words("en").pane.tabs.check }).waitFor();
    } finally {
      await context.close();
    }
  });
});

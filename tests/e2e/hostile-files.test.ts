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
import { standaloneText } from "../../src/i18n/standalone";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { describeInBrowser, openPage, screenshot, startHarness, type Harness } from "./support/browser";
import { waitForPlan, words } from "./support/coordinator";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const t = standaloneText.fr;

async function budgetWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget 2026");
  ws.addRow(["Poste", "Montant"]);
  ws.addRow(["Loisirs", 12000]);
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

  test("a workbook without the tracking tables: the missing tables, named; the open workbook stays", async () => {
    const { context, page } = await openPage(harness, "?demo");
    try {
      await waitForPlan(page, "fr");
      await page.locator("input[type=file]").setInputFiles({
        name: "budget.xlsx",
        mimeType: XLSX,
        buffer: await budgetWorkbook(),
      });
      const causes = ["Plan d'action", "Suivis"].map((sheet) =>
        problemMessage(
          {
            code: "missing-table",
            severity: "error",
            sheet,
            table: sheet === "Suivis" ? "Suivis" : "Actions",
            cell: "",
          } as never,
          "fr",
        ),
      );
      const message = page.getByText(t.noTrackingTables("budget.xlsx", causes.join(" ")));
      await message.waitFor();
      await page.getByText(t.cannotOpenTitle("budget.xlsx")).waitFor();
      // The demo is still the workbook open.
      await page.getByText(t.currentFile("plan-vivant-demo.xlsx")).waitFor();
      await screenshot(page, "hostile-no-tables-fr");
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

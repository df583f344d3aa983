/**
 * What a coordinator does on the page, step by step, in either language: the labels come from the
 * same i18n files the page uses, so a step finds what a person would read.
 */
import type { Download, Page } from "playwright-core";
import type { Lang } from "../../../src/domain/lang";
import { BILAN_SHEET } from "../../../src/domain/schema";
import { formsText } from "../../../src/i18n/forms";
import { standaloneText } from "../../../src/i18n/standalone";
import { taskpaneText } from "../../../src/i18n/taskpane";
import { todayText } from "../../../src/i18n/today";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A form field by its label, the required mark aside. */
export const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${escape(label)}\\W*$`)).and(page.locator("input, textarea, select"));

/** The action picker of the Action and Suivi forms (a searchable combobox), by its label. */
export const pickerOf = (page: Page, label: string) =>
  page.getByRole("combobox", { name: new RegExp(`^${escape(label)}\\W*$`) });

/** Picks an action in a picker: its number typed (the list opens and filters), then its option clicked. */
export async function pickAction(page: Page, label: string, no: string): Promise<void> {
  const picker = pickerOf(page, label);
  await picker.fill("");
  await picker.pressSequentially(no);
  await page.getByRole("option", { name: new RegExp(`^${escape(no)} — `) }).click();
}

export const words = (lang: Lang) => ({
  pane: taskpaneText[lang],
  forms: formsText[lang],
  page: standaloneText[lang],
  today: todayText[lang],
});

/** Waits until the task pane shows « Aujourd'hui » (the workbook is read and holds a plan). */
export async function waitForPlan(page: Page, lang: Lang): Promise<void> {
  await page
    .getByRole("heading", { name: words(lang).today.title, exact: true })
    .waitFor({ timeout: 60_000 });
}

/** A tab of the pane: « today » is the first tab once the workbook holds a plan (« start » before). */
export type TabView = keyof ReturnType<typeof words>["pane"]["tabs"] | "today";

/** The name a tab reads. */
export const tabName = (lang: Lang, view: TabView) =>
  view === "today" ? words(lang).today.tab : words(lang).pane.tabs[view];

export async function openView(page: Page, lang: Lang, view: TabView) {
  await page.getByRole("tab", { name: tabName(lang, view), exact: true }).click();
}

export async function addAction(page: Page, lang: Lang, action: { no: string; text: string; due: string }) {
  const { pane, forms } = words(lang);
  await openView(page, lang, "action");
  await field(page, forms.action.no).fill(action.no);
  await field(page, forms.action.action).fill(action.text);
  await field(page, forms.action.due).fill(action.due);
  await page.getByRole("button", { name: pane.action.save }).click();
  await page.getByText(pane.action.added(action.no)).waitFor();
}

export async function addBlockingSuivi(page: Page, lang: Lang, no: string, reason: string) {
  const { pane, forms } = words(lang);
  await openView(page, lang, "suivi");
  await pickAction(page, forms.suivi.action, no);
  await field(page, forms.suivi.status).selectOption("blocked");
  await field(page, forms.reason).fill(reason);
  await page.getByRole("button", { name: pane.suivi.submit }).click();
  await page.getByText(pane.suivi.added(no)).waitFor();
}

export async function makeBilan(page: Page, lang: Lang): Promise<void> {
  const { pane } = words(lang);
  await openView(page, lang, "bilan");
  await page.getByRole("button", { name: pane.bilan.make }).click();
  await page.getByText(pane.bilan.done(BILAN_SHEET[lang])).waitFor({ timeout: 60_000 });
}

export async function download(page: Page, lang: Lang): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: words(lang).page.save }).click(),
  ]);
  return file;
}

/** The preview's grid of a sheet (the tab is picked first). */
export async function showSheet(page: Page, lang: Lang, sheet: string) {
  const sheets = page.getByRole("tablist", { name: words(lang).page.sheetsLabel });
  await sheets.getByRole("tab", { name: sheet, exact: true }).click();
  return page.getByRole("table", { name: words(lang).page.gridLabel(sheet) });
}

/**
 * What the office.js stand-in (stand-in.ts) shows of the fake Excel to the test that drives the
 * page, on `window.planVivantFake`: plain values only, so `page.evaluate` can return them.
 */

/** How the stand-in is set up, from `window.__planVivantOffice` (an init script of the test). */
export interface StandInOptions {
  /** `Office.context.displayLanguage`: the add-in's language (fr-CA, en-CA...). */
  displayLanguage: string;
  /** `Office.context.platform`: "PC" (desktop Excel) or "OfficeOnline" (Excel on the web). */
  platform: string;
  /** The highest ExcelApi requirement set supported ("1.17"). */
  excelApi: string;
}

export interface TableContent {
  sheet: string;
  header: string[];
  /** The data body's rows, values as Excel holds them (dates as serial numbers). */
  rows: (string | number | boolean)[][];
}

export interface FakeInspector {
  /** "booting" while the stand-in creates the workbook, "ready" after, "failed: …" when it could not. */
  readonly status: string;
  /** Round trips the add-in made to Excel since the page opened. */
  readonly syncs: number;
  /** Requests the host answered since the page opened (round trips and Excel.run's releases). */
  readonly requests: number;
  /** Of those, the ones that came through Office's host facade (executeRichApiRequestAsync). */
  readonly viaOffice: number;
  /** Where the host runs ("desktop", or "web" with its payload limits), and what the add-in asks Office. */
  readonly platform: string;
  readonly officeOnWeb: boolean;
  /** The largest request and response messages (bytes of UTF-8 JSON) since the page opened. */
  readonly largestRequest: number;
  readonly largestResponse: number;
  sheetNames(): string[];
  table(name: string): TableContent;
  /** The rows of a sheet's used range, values as Excel holds them ("" for an empty cell). */
  rows(sheet: string): (string | number | boolean)[][];
  /** The calls on what the host records without modelling (charts, fonts, page layout...). */
  log(sheet: string): string[];
  names(): { name: string; formula: string; sheet?: string }[];
}

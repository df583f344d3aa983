/// <reference types="office-js" />
/**
 * Which ExcelApi requirement sets this Excel supports. 1.7 is the floor (Excel 2019);
 * newer sets are detected at run time and their features degrade gracefully. Conditional
 * formats (their listing through `customOrNullObject`, `getItem(id).delete()`) are ExcelApi
 * 1.6, under the floor; `getItemOrNullObject(id)` (1.14) is not used.
 */
import type { ExcelFeature } from "../../i18n/excel";

/** Answers whether `ExcelApi <version>` is supported, e.g. `supports("1.8")`. */
export type SupportsExcelApi = (version: string) => boolean;

export const FLOOR_VERSION = "1.7";

export interface ExcelSupport {
  /** ExcelApi 1.7: tables' onChanged, chart series, tab colours, named formulas. */
  floor: boolean;
  /** ExcelApi 1.8: data validation (drop-down lists). */
  dataValidation: boolean;
  /** ExcelApi 1.9: application.suspendScreenUpdatingUntilNextSync. */
  screenUpdating: boolean;
  /** ExcelApi 1.9: worksheet.pageLayout. */
  pageLayout: boolean;
  /** ExcelApi 1.9: workbook.tables.onAdded. */
  tableAdded: boolean;
  /** The features this Excel lacks (empty when everything is available), for the task pane. */
  degraded: ExcelFeature[];
}

/** Asks Office itself; false everywhere Office is not loaded (tests, the standalone page). */
export const officeSupports: SupportsExcelApi = (version) =>
  typeof Office !== "undefined" && Boolean(Office.context?.requirements?.isSetSupported("ExcelApi", version));

export function excelSupport(supports: SupportsExcelApi = officeSupports): ExcelSupport {
  const floor = supports(FLOOR_VERSION);
  const dataValidation = floor && supports("1.8");
  const v19 = floor && supports("1.9");
  const degraded: ExcelFeature[] = [];
  if (!dataValidation) degraded.push("data-validation");
  if (!v19) degraded.push("screen-updating", "page-layout", "table-added");
  return { floor, dataValidation, screenUpdating: v19, pageLayout: v19, tableAdded: v19, degraded };
}

/**
 * Whether this Excel runs in a browser (Excel on the web), where Office refuses a request or a
 * response over 5 MB; desktop Excel (Windows, Mac) has no such limit.
 */
export type OnWeb = () => boolean;

/** Asks Office itself (`Office.context.platform`, Office common API); false where Office is not loaded. */
export const officeOnWeb: OnWeb = () =>
  typeof Office !== "undefined" &&
  Office.PlatformType !== undefined &&
  Office.context?.platform === Office.PlatformType.OfficeOnline;

/**
 * The ExcelApi versions the compatibility check asks about, one by one: 1.1 to 1.25 (Microsoft
 * has published up to 1.20 so far; later ones answer false until they exist).
 */
export const EXCEL_API_VERSIONS: readonly string[] = Array.from({ length: 25 }, (_, i) => `1.${i + 1}`);

/** The ExcelApi versions this Excel supports, in order. */
export function supportedVersions(supports: SupportsExcelApi = officeSupports): string[] {
  return EXCEL_API_VERSIONS.filter((version) => supports(version));
}

/** Where Office runs, as `Office.context.diagnostics` says (Office common API 1.5). */
export interface OfficeDiagnostics {
  host: string;
  platform: string;
  version: string;
}

/** Asks Office itself; "?" for what it does not say (outside Office, or an Office too old). */
export const officeDiagnostics = (): OfficeDiagnostics => {
  const info = typeof Office === "undefined" ? undefined : Office.context?.diagnostics;
  return {
    host: String(info?.host ?? "?"),
    platform: String(info?.platform ?? "?"),
    version: String(info?.version ?? "?"),
  };
};

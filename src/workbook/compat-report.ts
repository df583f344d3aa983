/**
 * What the compatibility check of Excel found: each operation Plan vivant relies on, tried on
 * a temporary hidden sheet, passed or failed (with Excel's error code), and where it ran.
 * Language-neutral: src/i18n/compat.ts turns it into the text a person copies for IT.
 */

/** The operations tried, in the order they run. */
export const COMPAT_PROBES = [
  "hidden-sheet",
  "tables",
  "rows-add",
  "text-dates",
  "conditional-formats",
  "shared-rule-delete",
  "chart",
  "row-heights",
  "events",
  "data-validation",
  "page-layout",
] as const;

export type CompatProbeId = (typeof COMPAT_PROBES)[number];

export type CompatStatus =
  /** Excel did it and gave back what was expected. */
  | "passed"
  /** Excel refused it (`code`), or did it differently (`code` "UnexpectedResult", `detail`). */
  | "failed"
  /** This Excel lacks the requirement set (`requirement`): Plan vivant does without it. */
  | "unsupported"
  /** Not tried: what it needs failed first (`after`), or the sheet could not be created. */
  | "not-run";

export interface CompatProbe {
  id: CompatProbeId;
  status: CompatStatus;
  /** Excel's error code (`OfficeExtension.Error.code`), or "UnexpectedResult". */
  code?: string;
  /** Where Excel says it failed (`debugInfo.errorLocation`, e.g. `ConditionalFormat.delete`). */
  location?: string;
  /** What came back instead of what was expected, e.g. `getRange(): 3 rows, expected 4`. */
  detail?: string;
  /** The requirement set it needs, e.g. `ExcelApi 1.8`. */
  requirement?: string;
  /** The probe it needed, when that one failed. */
  after?: CompatProbeId;
}

export type CompatOutcome =
  /** Every probe ran (each passed, failed or was unsupported). */
  | "done"
  /** The workbook's structure is protected: no sheet can be added, nothing was tried. */
  | "structure-protected"
  /** Excel refused the temporary sheet for another reason (`setupCode`): nothing else was tried. */
  | "no-sheet";

export interface CompatReport {
  /** When the check ran, local time, `AAAA-MM-JJ HH:MM`. */
  ranAt: string;
  /** `Office.context.diagnostics`: host (`Excel`), platform (`PC`, `Mac`, `OfficeOnline`...), version. */
  host: string;
  platform: string;
  version: string;
  /** The ExcelApi requirement sets this Excel supports, e.g. `["1.1", ..., "1.17"]`. */
  apiSets: string[];
  outcome: CompatOutcome;
  /** Excel's error code when the check could not start (`no-sheet`). */
  setupCode?: string;
  /** The temporary sheet's name. */
  sheet: string;
  /** Whether the temporary sheet is gone (false: the person deletes it by hand). */
  sheetRemoved: boolean;
  /** Excel's error code when removing the sheet failed. */
  cleanupCode?: string;
  probes: CompatProbe[];
  /** Round trips to Excel the check took (Excel.run's final release apart). */
  syncs: number;
}

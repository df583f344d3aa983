/**
 * The four computed columns of `Actions` (Statut actuel, Avancement (%), Dernier suivi, Alerte)
 * and the conditional formats that make late and blocked rows stand out.
 */
import type { Day } from "../dates";
import type { Lang } from "../lang";
import type { ConditionalFormatPlan, FormatName } from "../layout/sheet-plan";
import type { ActionState, Flag } from "../model";
import { columnLetters } from "../text";
import { STATUSES, label } from "../vocabulary";
import { FLAG_ORDER, flagsText } from "../../i18n/flags";

export interface ComputedColumns {
  no: string;
  status: string;
  progress: number | null;
  lastSuivi: Day | null;
  alert: string;
}

/** One flag as a word: `En retard (12 j)`, `Bloquée`; EN `Late (12 d)`, `Blocked`. */
export function flagLabel(flag: Flag, lang: Lang): string {
  const t = flagsText[lang];
  const word = t[flag.kind];
  return flag.kind === "late" && flag.days !== undefined ? `${word} (${t.days(flag.days)})` : word;
}

/** An action's flags as the Alerte column shows them, most pressing first, comma separated. */
export function alertText(flags: readonly Flag[], lang: Lang): string {
  return [...flags]
    .sort((a, b) => FLAG_ORDER.indexOf(a.kind) - FLAG_ORDER.indexOf(b.kind))
    .map((f) => flagLabel(f, lang))
    .join(", ");
}

/** Where each computed value goes: the schema key of its column in `Actions`, and its number format. */
export const COMPUTED_COLUMNS: readonly {
  key: string;
  field: "status" | "progress" | "lastSuivi" | "alert";
  format?: FormatName;
}[] = [
  { key: "currentStatus", field: "status" },
  { key: "currentProgress", field: "progress", format: "number" },
  { key: "lastSuivi", field: "lastSuivi", format: "date" },
  { key: "alert", field: "alert" },
];

export function computedColumns(states: ActionState[], lang: Lang): ComputedColumns[] {
  return states.map((s) => ({
    no: s.action.no,
    status: label(STATUSES, s.status, lang),
    progress: s.progress ?? null,
    lastSuivi: s.lastSuivi ? s.lastSuivi.date : null,
    alert: alertText(s.flags, lang),
  }));
}

/** Rows below the last action that the alert colours cover, for actions added later. */
export const ALERT_ROWS_AHEAD = 500;
/** The tag of the alert rules on `Actions` (see `markedFormula`). */
export const ALERT_TAG = "Alerte";
export const BLOCKED_FILL = "FFC7CE";
export const BLOCKED_COLOR = "9C0006";
export const LATE_FILL = "FFEB9C";
export const LATE_COLOR = "9C5700";

export interface AlertFormatOptions {
  /** The range to colour, e.g. `A2:U40` (the Actions data rows). */
  range: string;
  /** The sheet column (1-based) of Alerte. */
  alertCol: number;
  /** The first row of `range`: formulas are relative to it. */
  firstRow: number;
  lang: Lang;
}

/**
 * Rules on the Alerte text: red for Bloquée/Blocked, then amber for En retard/Late. Blocked
 * comes first so a row both late and blocked shows red. Both languages are matched, so the
 * rules keep working if the workbook changes language.
 */
export function alertConditionalFormats(options: AlertFormatOptions): ConditionalFormatPlan[] {
  const cell = `$${columnLetters(options.alertCol)}${options.firstRow}`;
  const words = (kind: "late" | "blocked"): string[] => {
    const own = flagsText[options.lang][kind];
    const other = flagsText[options.lang === "fr" ? "en" : "fr"][kind];
    return [own, other];
  };
  const formula = (kind: "late" | "blocked"): string => {
    const tests = words(kind).map((w) => `ISNUMBER(SEARCH("${w}",${cell}))`);
    return `OR(${tests.join(",")})`;
  };
  return [
    {
      range: options.range,
      formula: formula("blocked"),
      fill: BLOCKED_FILL,
      color: BLOCKED_COLOR,
      tag: ALERT_TAG,
    },
    { range: options.range, formula: formula("late"), fill: LATE_FILL, color: LATE_COLOR, tag: ALERT_TAG },
  ];
}

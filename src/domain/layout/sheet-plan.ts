/**
 * A sheet plan: plain data describing what a host writes (cells, formats, tables,
 * validations, charts). The domain decides it; each host renders it and decides nothing.
 */
import type { Lang } from "../lang";

/** A value to write. Strings are always written as text, never as formulas. */
export type PlanValue = string | number | boolean | null;

/** Number format codes, locale-neutral (Excel shows `1 234,56 $` in a French locale). */
export const FORMATS = {
  date: "yyyy-mm-dd",
  money: '#,##0.00 "$"',
  number: "#,##0.##",
  integer: "0",
  percent: "0%",
  text: "@",
} as const;

export type FormatName = keyof typeof FORMATS;

export type Validation =
  | {
      kind: "list";
      /** A formula, e.g. `INDIRECT("ListeChamps[Champ d'action]")`. */ source: string;
      strict: boolean;
    }
  | { kind: "date" }
  | { kind: "decimal"; min?: number; max?: number }
  | { kind: "whole"; min?: number; max?: number };

export interface ValidationMessage {
  title: string;
  message: string;
}

export interface ColumnPlan {
  header: string;
  width: number;
  format?: FormatName;
  validation?: Validation;
  /** Shown when a typed value breaks the validation. */
  error?: ValidationMessage;
  /** Wrap long text. */
  wrap?: boolean;
}

export interface TablePlan {
  /** The fixed ASCII table name, e.g. `Suivis`. */
  name: string;
  /** 1-based sheet row and column of the header row's first cell. */
  row: number;
  col: number;
  columns: ColumnPlan[];
  rows: PlanValue[][];
  style: string;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string; // RRGGBB
  fill?: string; // RRGGBB
  wrap?: boolean;
  align?: "left" | "center" | "right";
  /** Text at the top of a tall row (wrapped text always is). */
  top?: boolean;
  format?: FormatName;
}

export interface CellPlan {
  row: number;
  col: number;
  value: PlanValue;
  style?: CellStyle;
}

export interface MergePlan {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ChartKind = "doughnut" | "bar-stacked" | "bar-clustered" | "column-clustered" | "column-stacked";

export interface ChartSeries {
  name: string;
  /** Sheet range of the values, e.g. `Bilan!$C$8:$C$15` (absolute, sheet quoted as needed). */
  values: string;
  color?: string;
}

export interface ChartPlan {
  kind: ChartKind;
  title: string;
  /** Sheet range of the category labels. */
  categories: string;
  series: ChartSeries[];
  /** Cached values so a reader that does not recalculate still shows the chart. */
  cache: { categories: string[]; values: number[][] };
  /** Anchor: top-left cell (1-based) and size in columns and rows. */
  anchor: { row: number; col: number; rows: number; cols: number };
  /** Per-point colours for a doughnut (RRGGBB), in category order. */
  pointColors?: string[];
}

export interface ConditionalFormatPlan {
  /** The range the rule applies to, e.g. `A2:U40`. */
  range: string;
  /** A formula relative to the range's first cell, e.g. `ISNUMBER(SEARCH("late",$U2))`. */
  formula: string;
  fill: string;
  color?: string;
  /**
   * Marks the rule as Plan vivant's: hosts write `markedFormula(formula, tag)` and, when they
   * write rules with a tag again, first remove the rules carrying it, never the user's.
   */
  tag?: string;
}

/** The marker of a Plan vivant rule: `N("PlanVivant.<tag>")`, a string literal that is 0. */
export function ruleMarker(tag: string): string {
  return `N("PlanVivant.${tag}")`;
}

/**
 * `AND(<formula>,N("PlanVivant.<tag>")=0)`: means exactly `formula` (N of a text is 0), and
 * survives saving by Excel and LibreOffice, unlike rule ids, dxf ids or priorities.
 */
export function markedFormula(formula: string, tag: string): string {
  return formula.includes(ruleMarker(tag)) ? formula : `AND(${formula},${ruleMarker(tag)}=0)`;
}

/**
 * The formula a rule is written with, without `=`: a tagged rule's `markedFormula` with the
 * range it was written for, `AND(<formula>,N("PlanVivant.<tag>")=0,N("A4:U513")=0)` (N of a
 * text is 0: it means exactly `formula`). Excel gives no rule's range back in a listing, so the
 * range rides in the formula: a listed rule with the very formula a plan asks for is that rule.
 * Every host writes this formula, so a rule written by one is as planned for another.
 */
export function ownFormula(rule: ConditionalFormatPlan): string {
  if (!rule.tag) return rule.formula;
  const marked = markedFormula(rule.formula, rule.tag);
  const range = `N("${rule.range.replace(/\$/g, "").toUpperCase()}")=0`;
  return marked.endsWith(")") && marked.startsWith("AND(")
    ? `${marked.slice(0, -1)},${range})`
    : `AND(${marked},${range})`;
}

/** True when a rule's formula (as a host reads it back, with or without `=`) carries `tag`'s marker. */
export function hasMarker(formula: string, tag: string): boolean {
  return formula.includes(ruleMarker(tag));
}

/** Plain text printed at the top or bottom of each page, by position; hosts encode it. */
export interface PageText {
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintPlan {
  landscape: boolean;
  fitToWidth: boolean;
  header?: PageText;
  footer?: PageText;
}

/** The Excel header/footer code of `text`: `&L…&C…&R…`, literal ampersands doubled. */
export function pageTextCode(text: PageText): string {
  const part = (code: string, value: string | undefined): string =>
    value ? `&${code}${value.replace(/&/g, "&&")}` : "";
  return part("L", text.left) + part("C", text.center) + part("R", text.right);
}

export interface SheetPlan {
  name: string;
  tabColor?: string;
  /** Rows (and columns) frozen at the top (left). */
  freeze?: { rows: number; cols?: number };
  /** Widths of sheet columns without a table, by 1-based column. */
  widths?: Record<number, number>;
  /** Heights of rows in points, by 1-based row, where wrapped text needs more than one line. */
  heights?: Record<number, number>;
  tables: TablePlan[];
  cells: CellPlan[];
  merges: MergePlan[];
  charts: ChartPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  print?: PrintPlan;
  /** Hidden from the tab bar (never used for user data). */
  hidden?: boolean;
}

export interface WorkbookPlan {
  lang: Lang;
  sheets: SheetPlan[];
  /** Workbook-level defined names: name -> formula or constant, e.g. `"1"`. */
  definedNames: Record<string, string>;
}

export function emptySheet(name: string): SheetPlan {
  return { name, tables: [], cells: [], merges: [], charts: [], conditionalFormats: [] };
}

/**
 * The workbook port: what the task pane, the CLI and the standalone page ask of a
 * workbook, whatever hosts it (Excel through Office.js, or an .xlsx file through ExcelJS
 * and JSZip). One read is one pass; one write is one batch: hosts keep the number of
 * round trips fixed whatever the size of the workbook.
 */
import type { WorkbookSnapshot } from "../domain/raw";
import type {
  ConditionalFormatPlan,
  FormatName,
  PlanValue,
  SheetPlan,
  WorkbookPlan,
} from "../domain/layout/sheet-plan";
import type { WorkbookErrorCode } from "../domain/errors";
import type { CompatReport } from "./compat-report";

export interface AppendPlan {
  /** The table's fixed name, e.g. `Suivis`. */
  table: string;
  /** Rows in the table's own column order (extra user columns get null). */
  rows: PlanValue[][];
  /** Number format per column of the table, where one applies. */
  formats?: (FormatName | undefined)[];
}

export interface CellWrite {
  sheet: string;
  /** 1-based sheet row and column. */
  row: number;
  col: number;
  value: PlanValue;
  format?: FormatName;
}

/** Everything one write does, rendered by the host in one round trip. */
export interface WriteBatch {
  /** Sheets, tables and defined names of a plan that the workbook lacks. */
  create?: WorkbookPlan;
  /** Rows appended right below tables. */
  append?: AppendPlan[];
  /** Cells written in place: an action's row through the form, the computed columns. */
  cells?: CellWrite[];
  /** Conditional formats Plan vivant owns on a sheet, replaced as a set. */
  conditionalFormats?: { sheet: string; rules: ConditionalFormatPlan[] }[];
  /** The sheet Plan vivant owns (the Bilan), replaced whole; never a sheet of the user's. */
  ownedSheet?: SheetPlan;
}

/** Plan vivant's earlier conditional formats on a sheet that Excel refused to delete. */
export interface RulesLeft {
  sheet: string;
  /** At most this many of them are still there, below the new ones (which take precedence). */
  rules: number;
}

export interface WriteResult {
  /** The name the owned sheet got (`Bilan`, or `Bilan (2)` when the user has a `Bilan`). */
  ownedSheet?: string;
  /**
   * The name of Plan vivant's earlier sheet that the new one replaced, recognised by both its
   * marks (docs/workbook.md). Absent when none was replaced: a first bilan, or a
   * `PlanVivant.Bilan` name found on a user's sheet, which is kept.
   */
  replacedSheet?: string;
  /**
   * Set when Excel refused to delete Plan vivant's earlier rules (OfficeDev/office-js#5222 on
   * Windows): the new rules were added anyway, the user's rules were not touched, and these
   * earlier ones may be left as duplicates. Absent when every replacement went through.
   */
  rulesLeft?: RulesLeft[];
}

export interface WorkbookPort {
  /** Reads every table (and the used range of every sheet without one) in one pass. */
  read(): Promise<WorkbookSnapshot>;
  /** Writes a batch in one pass. */
  write(batch: WriteBatch): Promise<WriteResult>;
  /** Shows a place to the user, e.g. `Suivis!C7` or `'Plan d''action'!A4:U4`. */
  select(reference: string): Promise<void>;
  /**
   * Calls back (debounced by the caller) when the tracking tables change. Excel's port passes
   * on only someone else's changes (a co-author, a person editing the sheet), never the echo
   * of its own writes, and watches the tables that appear later from its next read. A file's
   * port, which only its own writes change, tells each of them (the standalone page's views
   * refresh on them; the pane's port there keeps them from the pane). Returns an unsubscribe.
   */
  onChange(listener: () => void): Promise<() => void>;
  /**
   * Excel only: tries every operation Plan vivant relies on, on a temporary hidden sheet it
   * removes afterwards (src/workbook/excel/compat.ts). Absent where there is no Excel (a file).
   */
  checkCompatibility?(): Promise<CompatReport>;
}

export type { WorkbookErrorCode };

/** A failure a person can act on. The message is localized by code and params (src/i18n). */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: WorkbookErrorCode,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

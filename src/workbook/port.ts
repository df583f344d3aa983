/**
 * The workbook port: what the task pane, the CLI and the standalone page ask of a
 * workbook, whatever hosts it (Excel through Office.js, or an .xlsx file through ExcelJS).
 * Each call is one read or one write; hosts keep the number of round trips fixed.
 */
import type { WorkbookSnapshot } from "../domain/raw";
import type { WorkbookPlan } from "../domain/layout/sheet-plan";

export interface WorkbookPort {
  /** Reads every table (and the used range of every sheet without one) in one pass. */
  read(): Promise<WorkbookSnapshot>;
  /** Writes the sheets, tables and defined names of a plan that the workbook lacks. */
  create(plan: WorkbookPlan): Promise<void>;
}

/** A failure a person can act on: the message is already in their language. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: "not-found" | "not-xlsx" | "unreadable" | "missing-table" | "missing-column" | "write-refused" | "exists",
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

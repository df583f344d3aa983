/// <reference types="office-js" />
/**
 * The workbook port over Office.js: Excel itself, from the task pane.
 * read = 2 round trips (on Excel on the web, whose responses stop at 5 MB, one more per
 * budget-sized chunk of a workbook too big for one: see read.ts), write = 1 (after a read; one more to learn the structure when
 * the port has not read yet, and one more to list Plan vivant's conditional formats when a
 * write replaces them without a read just before), select = 1, onChange = 2 to subscribe
 * and 1 to unsubscribe.
 */
import type { WorkbookSnapshot } from "../../domain/raw";
import type { Lang } from "../../domain/lang";
import type { CompatReport } from "../compat-report";
import type { WorkbookPort, WriteBatch, WriteResult } from "../port";
import { splitReference } from "./addresses";
import { requirementError, toWorkbookError, type ExcelOperation } from "./errors";
import { discover, readSnapshot, type WorkbookKnowledge } from "./read";
import {
  excelSupport,
  officeOnWeb,
  officeSupports,
  type ExcelSupport,
  type OfficeDiagnostics,
  type OnWeb,
  type SupportsExcelApi,
} from "./requirements";
import { writeBatch } from "./write";

/**
 * Runs a batch: a fresh context by default, or the context of earlier objects
 * (to remove event handlers registered in another batch).
 */
export type ExcelRun = <T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  context?: Excel.RequestContext,
) => Promise<T>;

/** Excel.run, waiting for a cell being edited rather than failing at once. */
export const officeRun: ExcelRun = (batch, context) =>
  context ? Excel.run(context, batch) : Excel.run({ delayForCellEdit: true }, batch);

export interface ExcelPortOptions {
  /** Language of error messages. */
  lang?: Lang;
  /** Answers whether an ExcelApi requirement set is supported (default: Office's own answer). */
  supports?: SupportsExcelApi;
  /** Whether Excel runs on the web, with its 5 MB payload limit (default: Office's own answer). */
  onWeb?: OnWeb;
  /** Where Office runs, for the compatibility report (default: `Office.context.diagnostics`). */
  diagnostics?: () => OfficeDiagnostics;
}

/** The tables whose changes matter to Plan vivant. */
export const WATCHED_TABLES = ["Actions", "Suivis"] as const;

export class ExcelPort implements WorkbookPort {
  readonly support: ExcelSupport;
  private readonly lang: Lang;
  private readonly onWeb: OnWeb;
  private readonly supports: SupportsExcelApi;
  private readonly diagnostics: (() => OfficeDiagnostics) | undefined;
  private knowledge: WorkbookKnowledge | undefined;
  /** Round trips of the last call (read, write, select), for tests and diagnostics. */
  lastSyncs = 0;

  constructor(
    private readonly run: ExcelRun = officeRun,
    options: ExcelPortOptions = {},
  ) {
    this.lang = options.lang ?? "fr";
    this.onWeb = options.onWeb ?? officeOnWeb;
    this.supports = options.supports ?? officeSupports;
    this.diagnostics = options.diagnostics;
    this.support = excelSupport(this.supports);
  }

  /**
   * The compatibility check (compat.ts), loaded when asked for: it reports every failure itself,
   * and runs below the ExcelApi floor too, to say what this Excel lacks.
   */
  async checkCompatibility(): Promise<CompatReport> {
    const { checkCompatibility } = await import("./compat");
    const report = await checkCompatibility(this.run, {
      supports: this.supports,
      diagnostics: this.diagnostics,
    });
    this.lastSyncs = report.syncs;
    return report;
  }

  private async guard<T>(operation: ExcelOperation, body: () => Promise<T>): Promise<T> {
    if (!this.support.floor) throw requirementError(this.lang);
    try {
      return await body();
    } catch (error) {
      throw toWorkbookError(error, operation, this.lang);
    }
  }

  read(): Promise<WorkbookSnapshot> {
    return this.guard("read", () =>
      this.run(async (context) => {
        const { snapshot, knowledge, syncs } = await readSnapshot(context, Date.now(), { web: this.onWeb() });
        this.knowledge = knowledge;
        this.lastSyncs = syncs;
        return snapshot;
      }),
    );
  }

  write(batch: WriteBatch): Promise<WriteResult> {
    return this.guard("write", () =>
      this.run(async (context) => {
        // without a read yet: learn the structure first (1 round trip, 2 with an owner name)
        const { knowledge, syncs: learning } = this.knowledge
          ? { knowledge: this.knowledge, syncs: 0 }
          : await discover(context);
        try {
          const outcome = await writeBatch(context, batch, knowledge, this.support, this.lang);
          this.knowledge = outcome.knowledge;
          this.lastSyncs = outcome.syncs + learning;
          return outcome.result;
        } catch (error) {
          // The workbook may have changed under us: learn it again on the next write.
          this.knowledge = undefined;
          throw error;
        }
      }),
    );
  }

  select(reference: string): Promise<void> {
    return this.guard("select", () =>
      this.run(async (context) => {
        const { sheet, address } = splitReference(reference);
        const target = sheet
          ? context.workbook.worksheets.getItem(sheet)
          : context.workbook.worksheets.getActiveWorksheet();
        target.activate();
        target.getRange(address).select();
        await context.sync();
        this.lastSyncs = 1;
      }),
    );
  }

  onChange(listener: () => void): Promise<() => Promise<void>> {
    return this.guard("change", () =>
      this.run(async (context) => {
        const tables = WATCHED_TABLES.map((name) => context.workbook.tables.getItemOrNullObject(name));
        await context.sync();
        const handler = async () => listener();
        const results = tables
          .filter((table) => !table.isNullObject)
          .map((table) => table.onChanged.add(handler));
        if (this.support.tableAdded) results.push(context.workbook.tables.onAdded.add(handler));
        await context.sync();
        let removed = false;
        return async () => {
          if (removed || results.length === 0) return;
          removed = true;
          await this.guard("change", () =>
            this.run(async (context) => {
              for (const result of results) result.remove();
              await context.sync();
            }, results[0].context as Excel.RequestContext),
          );
        };
      }),
    );
  }
}

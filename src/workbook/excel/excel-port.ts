/// <reference types="office-js" />
/**
 * The workbook port over Office.js: Excel itself, from the task pane.
 * read = 2 round trips (on Excel on the web, whose responses stop at 5 MB, one more per
 * budget-sized chunk of a workbook too big for one: see read.ts), write = 1 (after a read; one more to learn the structure when
 * the port has not read yet, and one more to list Plan vivant's conditional formats when a
 * write replaces them without a read just before), select = 1, onChange = 0 when asked while
 * a read is under way (its handlers go with the read's own round trip: opening the pane, read
 * and watch, is 2 round trips), 2 otherwise, and 1 to unsubscribe.
 *
 * Watching: `Actions` and `Suivis` (table.onChanged, ExcelApi 1.7) and the workbook's new
 * tables (tables.onAdded, ExcelApi 1.9). Every read registers the watched tables it finds
 * that have no handler yet, so tables created after the pane opened (Démarrer, Adopter, a
 * co-author) are watched from the read that follows them. The events of the port's own
 * writes are recognised from the events themselves (echoes.ts) and never reach the listener;
 * a co-author's edit, or a person's edit elsewhere, does.
 */
import type { WorkbookSnapshot } from "../../domain/raw";
import type { Lang } from "../../domain/lang";
import type { CompatReport } from "../compat-report";
import type { WorkbookPort, WriteBatch, WriteResult } from "../port";
import { splitReference } from "./addresses";
import { requirementError, toWorkbookError, type ExcelOperation } from "./errors";
import { boundsOf, echoesOf, isOwnEcho, type ChangeArgs, type Echo, type TableBounds } from "./echoes";
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
const WATCHED = new Set<string>(WATCHED_TABLES.map((name) => name.toLowerCase()));

type Registration = OfficeExtension.EventHandlerResult<unknown>;

/** The listener and its registrations: one per watched table (by id), one for new tables. */
interface Watch {
  listener: () => void;
  tables: Map<string, Registration>;
  added?: Registration;
}

/** A read under way: whether it has queued its registrations yet, and its end. */
interface PendingRead {
  queued: boolean;
  done?: Promise<unknown>;
}

export class ExcelPort implements WorkbookPort {
  readonly support: ExcelSupport;
  private readonly lang: Lang;
  private readonly onWeb: OnWeb;
  private readonly supports: SupportsExcelApi;
  private readonly diagnostics: (() => OfficeDiagnostics) | undefined;
  private knowledge: WorkbookKnowledge | undefined;
  private watch: Watch | undefined;
  private pendingRead: PendingRead | undefined;
  /** The watched tables' places since the last read, grown by the port's appends. */
  private bounds = new Map<string, TableBounds>();
  /** What the port's writes since the last read touched: their change events are echoes. */
  private echoes: Echo[] = [];
  /** A write of the port's created tables since the last read: their onAdded is its own. */
  private createdTables = false;
  /**
   * The compatibility check's temporary sheets: the tables it adds there raise onAdded events
   * (Local, after the check's syncs, maybe after it ended) that are no person's change.
   */
  private readonly checkSheets = new Set<string>();
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
      onSheet: (id) => this.checkSheets.add(id),
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
    const pending: PendingRead = { queued: false };
    this.pendingRead = pending;
    let pendingContext: Excel.RequestContext | undefined;
    const done = this.guard("read", () =>
      this.run(async (context) => {
        const { snapshot, knowledge, syncs } = await readSnapshot(context, Date.now(), {
          web: this.onWeb(),
          beforeRead: (tables) => {
            pending.queued = true;
            pendingContext = context;
            this.register(context, tables);
          },
        });
        this.knowledge = knowledge;
        this.lastSyncs = syncs;
        this.bounds = boundsOf(snapshot);
        this.echoes = [];
        this.createdTables = false;
        return snapshot;
      }),
    );
    pending.done = done.catch((error: unknown) => {
      // The registrations queued for a read that failed never reached Excel: the next read queues them again.
      const watch = this.watch;
      if (watch) {
        for (const [id, result] of watch.tables)
          if (result.context === pendingContext) watch.tables.delete(id);
        if (watch.added?.context === pendingContext) watch.added = undefined;
      }
      throw error;
    });
    const clear = () => {
      if (this.pendingRead === pending) this.pendingRead = undefined;
    };
    pending.done.then(clear, clear);
    return pending.done as Promise<WorkbookSnapshot>;
  }

  /** Queues handlers for the watched tables (and new tables) that have none yet. */
  private register(context: Excel.RequestContext, tables: readonly Excel.Table[]): void {
    const watch = this.watch;
    if (!watch) return;
    for (const table of tables) {
      const name = table.name;
      if (!WATCHED.has(name.toLowerCase()) || watch.tables.has(table.id)) continue;
      const handler = async (args: Excel.TableChangedEventArgs) => this.heard(name, args);
      watch.tables.set(table.id, table.onChanged.add(handler));
    }
    if (this.support.tableAdded && !watch.added) {
      watch.added = context.workbook.tables.onAdded.add(async (args) => {
        if (args.source === "Local" && (this.createdTables || this.checkSheets.has(args.worksheetId))) return;
        this.foreign();
      });
    }
  }

  /** A watched table changed: someone else's change reaches the listener, an echo does not. */
  private heard(table: string, args: ChangeArgs): void {
    const sheet = this.bounds.get(table.toLowerCase())?.sheet;
    if (sheet !== undefined && isOwnEcho(this.echoes, sheet, args)) return;
    this.foreign();
  }

  private foreign(): void {
    // What the port wrote is in the read that follows: no echo left to expect.
    this.echoes = [];
    this.watch?.listener();
  }

  write(batch: WriteBatch): Promise<WriteResult> {
    return this.guard("write", () =>
      this.run(async (context) => {
        // without a read yet: learn the structure first (1 round trip, 2 with an owner name)
        const { knowledge, syncs: learning } = this.knowledge
          ? { knowledge: this.knowledge, syncs: 0 }
          : await discover(context);
        try {
          const echoes = echoesOf(batch, this.bounds);
          if (batch.create) this.createdTables = true;
          this.echoes.push(...echoes);
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
    return this.guard("change", async () => {
      const watch: Watch = { listener, tables: new Map() };
      this.watch = watch;
      const pending = this.pendingRead;
      // A read under way that has not sent its read round trip yet takes the handlers along.
      const joined =
        pending !== undefined &&
        !pending.queued &&
        (await pending.done?.then(
          () => true,
          () => false,
        ));
      if (!joined) {
        await this.run(async (context) => {
          const tables = context.workbook.tables;
          tables.load("items/name,items/id");
          await context.sync();
          this.register(context, tables.items);
          await context.sync();
        });
      }
      let removed = false;
      return async () => {
        if (removed) return;
        removed = true;
        if (this.watch === watch) this.watch = undefined;
        const results = [...watch.tables.values(), ...(watch.added ? [watch.added] : [])];
        const contexts = [...new Set(results.map((result) => result.context as Excel.RequestContext))];
        // One round trip per context the handlers were registered in (one per read that
        // registered some: usually one), never per handler.
        await this.guard("change", () =>
          Promise.all(
            contexts.map((registered) =>
              this.run(async (context) => {
                for (const result of results) if (result.context === registered) result.remove();
                await context.sync();
              }, registered),
            ),
          ).then(() => undefined),
        );
      };
    });
  }
}

/**
 * The workbook port over an .xlsx file held in memory (the CLI and the standalone page
 * read and write files; this class never touches the file system).
 * A new workbook (no bytes yet) is written whole from the batch; an existing workbook is
 * edited by an injected package editor, or the write is refused.
 */
import type { Lang } from "../../domain/lang";
import type { SheetPlan, WorkbookPlan } from "../../domain/layout/sheet-plan";
import type { WorkbookSnapshot } from "../../domain/raw";
import { fileErrorMessage } from "../../i18n/files";
import { WorkbookError } from "../port";
import type { ZipCodec } from "./codec";
import type { WorkbookErrorCode, WorkbookPort, WriteBatch, WriteResult } from "../port";
import { readXlsx } from "./read";
import { writeXlsx } from "./write";

/** Edits an existing package (src/workbook/xlsx/package); returns the new bytes. */
export type XlsxEditor = (
  bytes: Uint8Array,
  batch: WriteBatch,
) => Promise<{ bytes: Uint8Array; result: WriteResult }>;

export interface XlsxPortOptions {
  /** Language of error messages (French by default). */
  lang?: Lang;
  /** File name shown in error messages. */
  file?: string;
  /** How to write into an existing workbook; without one such writes are refused. */
  edit?: XlsxEditor;
  /** How parts are inflated and deflated (fflate unless the host has better: see ./codec). */
  codec?: ZipCodec;
}

/** The bytes as a Uint8Array (a Node Buffer is one): no Buffer, so the port runs in a browser too. */
function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** Folds a whole batch into one plan for a workbook that does not exist yet. */
export function planOfBatch(batch: WriteBatch, lang: Lang): { plan: WorkbookPlan; result: WriteResult } {
  const base = batch.create ?? { lang, sheets: [], definedNames: {} };
  const sheets: SheetPlan[] = base.sheets.map((s) => ({
    ...s,
    tables: s.tables.map((t) => ({ ...t, rows: [...t.rows] })),
    cells: [...s.cells],
  }));
  const result: WriteResult = {};
  if (batch.ownedSheet) {
    sheets.push(batch.ownedSheet);
    result.ownedSheet = batch.ownedSheet.name;
  }
  const sheetNamed = (name: string): SheetPlan | undefined => sheets.find((s) => s.name === name);
  for (const a of batch.append ?? []) {
    const table = sheets.flatMap((s) => s.tables).find((t) => t.name === a.table);
    if (!table) throw new Error(`no table ${a.table} in the plan`);
    table.rows.push(...a.rows);
  }
  for (const c of batch.cells ?? []) {
    const sheet = sheetNamed(c.sheet);
    if (!sheet) throw new Error(`no sheet ${c.sheet} in the plan`);
    sheet.cells.push({
      row: c.row,
      col: c.col,
      value: c.value,
      ...(c.format ? { style: { format: c.format } } : {}),
    });
  }
  for (const cf of batch.conditionalFormats ?? []) {
    const sheet = sheetNamed(cf.sheet);
    if (sheet) sheet.conditionalFormats = [...cf.rules];
  }
  return { plan: { ...base, sheets }, result };
}

export class XlsxPort implements WorkbookPort {
  private data: Uint8Array | undefined;
  /** The last snapshot read, kept while the bytes are the same: a read costs a whole parse. */
  private snapshot: { of: Uint8Array; value: Promise<WorkbookSnapshot> } | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    data?: Uint8Array | ArrayBuffer | null,
    private readonly options: XlsxPortOptions = {},
  ) {
    this.data = data && data.byteLength > 0 ? toBytes(data) : undefined;
  }

  /** The current bytes of the workbook (undefined before anything was written to a new one). */
  bytes(): Uint8Array | undefined {
    return this.data;
  }

  async read(): Promise<WorkbookSnapshot> {
    if (!this.data) throw this.error("not-found");
    if (this.snapshot?.of !== this.data) {
      const value = readXlsx(this.data, {
        lang: this.options.lang,
        file: this.options.file,
        codec: this.options.codec,
      });
      this.snapshot = { of: this.data, value };
      value.catch(() => (this.snapshot = undefined));
    }
    return this.snapshot.value;
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    if (!this.data) {
      const { plan, result } = planOfBatch(batch, this.options.lang ?? "fr");
      this.data = await writeXlsx(plan, this.options.codec);
      this.changed();
      return result;
    }
    if (!this.options.edit) throw this.error("write-refused");
    const { bytes, result } = await this.options.edit(this.data, batch);
    this.data = bytes;
    this.changed();
    return result;
  }

  /** A file has no selection to show. */
  async select(_reference: string): Promise<void> {}

  /** A file in memory changes only through this port: listeners hear of each write that succeeded. */
  async onChange(listener: () => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private error(code: WorkbookErrorCode): WorkbookError {
    const params: Record<string, string> = this.options.file ? { file: this.options.file } : {};
    return new WorkbookError(fileErrorMessage(code, this.options.lang ?? "fr", params), code, params);
  }
}

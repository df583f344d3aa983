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
import type { WorkbookErrorCode, WorkbookPort, WriteBatch, WriteResult } from "../port";
import { readXlsx } from "./read";
import { writeXlsx } from "./write";

/** Edits an existing package (src/workbook/xlsx/package); returns the new bytes. */
export type XlsxEditor = (
  bytes: Buffer,
  batch: WriteBatch,
) => Promise<{ bytes: Buffer; result: WriteResult }>;

export interface XlsxPortOptions {
  /** Language of error messages (French by default). */
  lang?: Lang;
  /** File name shown in error messages. */
  file?: string;
  /** How to write into an existing workbook; without one such writes are refused. */
  edit?: XlsxEditor;
}

function toBuffer(data: Uint8Array | ArrayBuffer | Buffer): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
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
  private data: Buffer | undefined;
  /** The last snapshot read, kept while the bytes are the same: a read costs a whole parse. */
  private snapshot: { of: Buffer; value: Promise<WorkbookSnapshot> } | undefined;

  constructor(
    data?: Uint8Array | ArrayBuffer | Buffer | null,
    private readonly options: XlsxPortOptions = {},
  ) {
    this.data = data && data.byteLength > 0 ? toBuffer(data) : undefined;
  }

  /** The current bytes of the workbook (undefined before anything was written to a new one). */
  bytes(): Buffer | undefined {
    return this.data;
  }

  async read(): Promise<WorkbookSnapshot> {
    if (!this.data) throw this.error("not-found");
    if (this.snapshot?.of !== this.data) {
      const value = readXlsx(this.data, { lang: this.options.lang, file: this.options.file });
      this.snapshot = { of: this.data, value };
      value.catch(() => (this.snapshot = undefined));
    }
    return this.snapshot.value;
  }

  async write(batch: WriteBatch): Promise<WriteResult> {
    if (!this.data) {
      const { plan, result } = planOfBatch(batch, this.options.lang ?? "fr");
      this.data = await writeXlsx(plan);
      return result;
    }
    if (!this.options.edit) throw this.error("write-refused");
    const { bytes, result } = await this.options.edit(this.data, batch);
    this.data = bytes;
    return result;
  }

  /** A file has no selection to show. */
  async select(_reference: string): Promise<void> {}

  /** A file in memory changes only through this port: there is nothing to listen to. */
  async onChange(_listener: () => void): Promise<() => void> {
    return () => undefined;
  }

  private error(code: WorkbookErrorCode): WorkbookError {
    const params: Record<string, string> = this.options.file ? { file: this.options.file } : {};
    return new WorkbookError(fileErrorMessage(code, this.options.lang ?? "fr", params), code, params);
  }
}

/**
 * A feature's write, and the snapshot after it: computed from the snapshot the write was
 * decided on (src/domain/apply-batch.ts), so the task pane updates without reading again.
 */
import { applyBatch } from "../domain/apply-batch";
import type { WorkbookSnapshot } from "../domain/raw";
import type { WorkbookPort, WriteBatch, WriteResult } from "../workbook/port";

/** The snapshot a feature decides on: the one the caller holds, or a read. */
export async function snapshotOf(
  port: WorkbookPort,
  from: WorkbookSnapshot | undefined,
): Promise<WorkbookSnapshot> {
  return from ?? (await port.read());
}

export interface Written {
  result: WriteResult;
  /** The workbook as the write left it; undefined where only a read can tell. */
  snapshot?: WorkbookSnapshot;
}

/** Writes `batch` and tells what the workbook holds after it. */
export async function writeApplied(
  port: WorkbookPort,
  before: WorkbookSnapshot,
  batch: WriteBatch,
): Promise<Written> {
  const result = await port.write(batch);
  return { result, snapshot: applyBatch(before, batch, result) };
}

/// <reference types="office-js" />
/**
 * The steps of one write, queued with the size of what they send, then played against
 * Office in as few round trips as the payload allows: one `sync()` when the whole batch
 * stays under the budget (always the case for Plan vivant's usual writes), otherwise one
 * `sync()` per budget-sized chunk. Excel on the web refuses requests over 5 MB.
 */
import { hasAny, rowBytes, rowSlices, type CellInput } from "./cells";

/** Bytes a request may carry: under Excel on the web's 5 MB limit, with room for the envelope. */
export const PAYLOAD_BUDGET = 4_000_000;
/** Rough bytes of one queued operation without data (its object path and action). */
const STEP_BYTES = 200;

type Run = (context: Excel.RequestContext) => void;

interface Step {
  bytes: number;
  run: Run;
}

export class WriteQueue {
  private readonly steps: Step[] = [];

  constructor(readonly budget: number = PAYLOAD_BUDGET) {}

  /** Queues one operation (object creation, property set, method call). */
  add(run: Run, bytes = STEP_BYTES): void {
    this.steps.push({ bytes, run });
  }

  /**
   * Queues an object created by a step, readable by later steps through the getter.
   * Office objects made in one chunk stay usable in the next ones of the same run.
   */
  make<T>(create: (context: Excel.RequestContext) => T): () => T {
    let made: T | undefined;
    let ready = false;
    this.add((context) => {
      made = create(context);
      ready = true;
    });
    return () => {
      if (!ready) throw new Error("WriteQueue: object used before the step that makes it");
      return made as T;
    };
  }

  /**
   * Queues a grid write: number formats first (so `@` cells keep text as text), then values.
   * `range(first, count)` gives the range of grid rows [first, first + count). Grids too
   * big for one request are split by rows.
   */
  grid(
    range: (first: number, count: number) => Excel.Range,
    values: CellInput[][] | undefined,
    formats: (string | null)[][] | undefined,
  ): void {
    const rows = values?.length ?? formats?.length ?? 0;
    if (rows === 0) return;
    const sendFormats = formats !== undefined && hasAny(formats);
    const sendValues = values !== undefined && hasAny(values);
    if (!sendFormats && !sendValues) return;
    const sizes: number[] = [];
    for (let r = 0; r < rows; r += 1) {
      sizes.push(
        (sendValues && values ? rowBytes(values[r]) : 0) +
          (sendFormats && formats ? rowBytes(formats[r]) : 0),
      );
    }
    for (const [start, end] of rowSlices(sizes, this.budget / 2)) {
      const bytes = sizes.slice(start, end).reduce((a, b) => a + b, STEP_BYTES);
      this.add(() => {
        const target = range(start, end - start);
        if (sendFormats && formats) target.numberFormat = formats.slice(start, end);
        if (sendValues && values) target.values = values.slice(start, end);
      }, bytes);
    }
  }

  get bytes(): number {
    return this.steps.reduce((sum, step) => sum + step.bytes, 0);
  }

  get size(): number {
    return this.steps.length;
  }

  /** Splits the steps into chunks that each stay under the budget, in order. */
  chunks(): Step[][] {
    const chunks: Step[][] = [];
    let current: Step[] = [];
    let bytes = 0;
    for (const step of this.steps) {
      if (current.length > 0 && bytes + step.bytes > this.budget) {
        chunks.push(current);
        current = [];
        bytes = 0;
      }
      current.push(step);
      bytes += step.bytes;
    }
    if (current.length > 0) chunks.push(current);
    return chunks;
  }

  /**
   * Plays the queue: `first` runs before the first chunk (e.g. suspending screen updating).
   * Returns the number of round trips: 1 unless the payload passes the budget.
   */
  async play(context: Excel.RequestContext, first?: Run): Promise<number> {
    const chunks = this.chunks();
    if (chunks.length === 0) return 0;
    first?.(context);
    let syncs = 0;
    for (const chunk of chunks) {
      for (const step of chunk) step.run(context);
      // One round trip per budget-sized chunk: their count depends on the payload only
      // (a chunk is at most PAYLOAD_BUDGET bytes), never on the number of operations.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per payload-sized chunk (Excel on the web's request limit)
      await context.sync();
      syncs += 1;
    }
    return syncs;
  }
}

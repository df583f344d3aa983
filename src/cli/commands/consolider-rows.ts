/**
 * The rows of a regional table while a consolidation reads its workbooks: each municipality's
 * rows are packed as they come (JSON, deflated: a few kilobytes a workbook, a tenth of the same
 * rows as arrays), and read back in order, one municipality at a time, as the regional workbook
 * is written. Memory then stays nearly flat whatever the number of workbooks. Node's zlib packs
 * them (the CLI runs in Node): several times faster than a JavaScript deflate, which measurably
 * slowed a consolidation of 1,000 workbooks.
 */
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import type { PlanValue } from "../../domain/layout/sheet-plan";
import type { RowSource } from "../../workbook/xlsx/package/sheet-xml";

export class PackedRows implements RowSource {
  private readonly packs: Buffer[] = [];
  private rows = 0;

  get count(): number {
    return this.rows;
  }

  /** Packs one municipality's rows (the arrays can be let go afterwards). */
  add(rows: readonly PlanValue[][]): void {
    if (rows.length === 0) return;
    this.packs.push(deflateRawSync(JSON.stringify(rows), { level: constants.Z_BEST_SPEED }));
    this.rows += rows.length;
  }

  *[Symbol.iterator](): Iterator<readonly PlanValue[]> {
    for (const pack of this.packs) {
      // A value that JSON cannot hold (a non-finite number) comes back null: written the same.
      yield* JSON.parse(inflateRawSync(pack).toString("utf8")) as PlanValue[][];
    }
  }
}

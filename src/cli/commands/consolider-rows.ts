/**
 * The rows of a regional table while a consolidation reads its workbooks: each municipality's
 * rows are packed as they come (JSON, deflated: a few kilobytes a workbook, a tenth of the same
 * rows as arrays), and read back in order, one municipality at a time, as the regional workbook
 * is written. Memory then stays nearly flat whatever the number of workbooks.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";
import type { PlanValue } from "../../domain/layout/sheet-plan";
import type { RowSource } from "../../workbook/xlsx/package/sheet-xml";

export class PackedRows implements RowSource {
  private readonly packs: { bytes: Uint8Array; size: number }[] = [];
  private rows = 0;

  get count(): number {
    return this.rows;
  }

  /** Packs one municipality's rows (the arrays can be let go afterwards). */
  add(rows: readonly PlanValue[][]): void {
    if (rows.length === 0) return;
    const json = strToU8(JSON.stringify(rows));
    this.packs.push({ bytes: deflateSync(json, { level: 1 }), size: json.length });
    this.rows += rows.length;
  }

  *[Symbol.iterator](): Iterator<readonly PlanValue[]> {
    for (const pack of this.packs) {
      // A value that JSON cannot hold (a non-finite number) comes back null: written the same.
      const json = inflateSync(pack.bytes, { out: new Uint8Array(pack.size) });
      yield* JSON.parse(strFromU8(json)) as PlanValue[][];
    }
  }
}

/** A table part (`xl/tables/tableN.xml`): its name, range, header and total rows, and column names. */
import { END, OPEN, type XmlTokenizer } from "../package/tokenizer";
import { parseRange, type RangeRef } from "./refs";

export interface TablePart {
  name: string;
  range: RangeRef;
  /** False when `headerRowCount="0"`: the column names stand in for the header row. */
  header: boolean;
  /** Rows of the total row at the bottom of the range (0 or 1). */
  totals: number;
  columns: string[];
}

export function parseTable(x: XmlTokenizer): TablePart | undefined {
  let name: string | undefined;
  let range: RangeRef | undefined;
  let header = true;
  let totals = 0;
  const columns: string[] = [];
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t !== OPEN) continue;
    if (x.depth === 1) {
      if (x.local !== "table") return undefined;
      name = x.attr("name") ?? x.attr("displayName");
      range = parseRange(x.attr("ref") ?? "");
      header = x.attr("headerRowCount") !== "0";
      const count = Number(x.attr("totalsRowCount") ?? 0);
      // The range holds a total row when `totalsRowCount` says so; `totalsRowShown` only tells
      // whether one was ever shown, and adds no row.
      totals = Number.isInteger(count) && count > 0 ? 1 : 0;
    } else if (x.local === "tableColumn" && x.depth === 3) {
      columns.push(x.attr("name") ?? "");
    }
  }
  if (!name || !range) return undefined;
  return { name, range, header, totals, columns };
}

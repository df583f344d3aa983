/** The data an adopted plan can come from: any table of the workbook, or the used range of a sheet without one. */
import type { RawGrid, WorkbookSnapshot } from "../raw";
import { TABLES } from "../schema";
import { fold } from "../text";

export interface AdoptSource {
  kind: "table" | "sheet";
  /** The table's name, or the sheet's. */
  name: string;
  sheet: string;
  grid: RawGrid;
}

/** Plan vivant's own tables, never a plan to adopt (`Actions` may be: a user's table of that name). */
const OWN_TABLES = new Set(TABLES.filter((t) => t.name !== "Actions").map((t) => t.name.toLowerCase()));

/** Every table and every sheet without a table that holds something, in tab order. */
export function adoptSources(snapshot: WorkbookSnapshot): AdoptSource[] {
  const out: AdoptSource[] = [];
  for (const sheet of snapshot.sheetNames) {
    for (const table of snapshot.tables) {
      if (table.sheet !== sheet || OWN_TABLES.has(table.name.toLowerCase())) continue;
      out.push({ kind: "table", name: table.name, sheet, grid: table });
    }
    const grid = snapshot.sheets.find((g) => g.sheet === sheet);
    if (grid && grid.values.length > 0) out.push({ kind: "sheet", name: sheet, sheet, grid });
  }
  return out;
}

/** The source taken without asking: the workbook's only one, when it has a single sheet or table to adopt. */
export function soleSource(sources: readonly AdoptSource[]): AdoptSource | undefined {
  return sources.length === 1 ? sources[0] : undefined;
}

/** A sheet (its table, when it holds one) or a table, by its exact name, else ignoring case and accents. */
export function findSource(sources: readonly AdoptSource[], name: string): AdoptSource | undefined {
  const exact = (s: AdoptSource) => s.sheet === name || s.name === name;
  const loose = (s: AdoptSource) => fold(s.sheet) === fold(name) || fold(s.name) === fold(name);
  return sources.find(exact) ?? sources.find(loose);
}

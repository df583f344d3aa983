/** Builders for hand-made snapshots: what a host would hand the domain. */
import { dayFromIso } from "../../src/domain/dates";
import type { RawCell, RawGrid, RawTable, WorkbookSnapshot } from "../../src/domain/raw";

export const d = (iso: string): number => dayFromIso(iso) as number;

export function table(
  name: string,
  sheet: string,
  values: RawCell[][],
  at: { row?: number; col?: number; formats?: (string | null)[][] } = {},
): RawTable {
  return { name, sheet, row: at.row ?? 1, col: at.col ?? 1, values, formats: at.formats };
}

export function grid(sheet: string, values: RawCell[][], at: { row?: number; col?: number } = {}): RawGrid {
  return { sheet, row: at.row ?? 1, col: at.col ?? 1, values };
}

export const ACTION_HEADERS = [
  "No",
  "Champ d'action",
  "Action",
  "Porteur",
  "Début prévu",
  "Échéance",
  "Récurrence",
];
export const SUIVI_HEADERS = ["Date", "No action", "Statut", "Avancement (%)", "Obstacles"];

export function snapshot(parts: {
  actions?: RawCell[][];
  suivis?: RawCell[][];
  params?: RawCell[][];
  tables?: RawTable[];
  sheets?: RawGrid[];
  names?: Record<string, string>;
}): WorkbookSnapshot {
  const tables: RawTable[] = [...(parts.tables ?? [])];
  if (parts.actions) tables.push(table("Actions", "Plan d'action", [ACTION_HEADERS, ...parts.actions]));
  if (parts.suivis) tables.push(table("Suivis", "Suivis", [SUIVI_HEADERS, ...parts.suivis]));
  if (parts.params)
    tables.push(table("Parametres", "Paramètres", [["Paramètre", "Valeur"], ...parts.params]));
  const sheets = parts.sheets ?? [];
  return {
    tables,
    sheets,
    sheetNames: [...new Set([...tables.map((t) => t.sheet), ...sheets.map((s) => s.sheet)])],
    definedNames: parts.names ?? {},
  };
}

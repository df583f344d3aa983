/**
 * The plan's coordinator, who signs the relances: a row of the Paramètres table labelled
 * « Coordonnateur du plan », « Coordonnatrice », « Coordination », "Plan coordinator"...
 * (a row of the user's own: the contract's settings do not include it).
 */
import { isCellError, type WorkbookSnapshot } from "../raw";
import { locate } from "../read/locate";
import { cellText } from "../read/values";
import { PARAMETRES } from "../schema";
import { fold } from "../text";

export function isCoordinatorLabel(label: string): boolean {
  const key = fold(label);
  return (
    /^(coordonnat|coordination)/.test(key) || /\bcoordinator\b/.test(key) || key === "coordinateur du plan"
  );
}

export function coordinatorOf(snapshot: WorkbookSnapshot): string | undefined {
  const found = locate(PARAMETRES, snapshot);
  if (!found || found.index.key === undefined || found.index.value === undefined) return undefined;
  for (const row of found.grid.values.slice(found.headerIndex + 1)) {
    const label = cellText(row[found.index.key] ?? null);
    const cell = row[found.index.value] ?? null;
    const value = isCellError(cell) ? "" : cellText(cell).trim();
    if (value !== "" && isCoordinatorLabel(label)) return value;
  }
  return undefined;
}

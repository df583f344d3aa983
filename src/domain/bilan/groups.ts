/** Actions grouped by area, porteur and clientèle, with their statuses and flags. */
import type { Lang } from "../lang";
import type { Action, ActionState } from "../model";
import { compareBase, fold } from "../text";
import { CLIENTELES, STATUS_IDS, label, type ClienteleId, type StatusId } from "../vocabulary";
import { bilanText } from "../../i18n/bilan";
import type { ClienteleRow, GroupRow, StatusCounts } from "./types";

export function zeroCounts(): StatusCounts {
  return Object.fromEntries(STATUS_IDS.map((id) => [id, 0])) as StatusCounts;
}

export function hasFlag(state: ActionState, kind: "late" | "blocked" | "stale" | "due-soon"): boolean {
  return state.flags.some((f) => f.kind === kind);
}

function emptyRow(name: string | null, text: string): GroupRow {
  return { name, label: text, actions: 0, done: 0, late: 0, blocked: 0, byStatus: zeroCounts() };
}

function add(row: GroupRow, state: ActionState): void {
  row.actions += 1;
  row.byStatus[state.status as StatusId] += 1;
  if (state.status === "done") row.done += 1;
  if (hasFlag(state, "late")) row.late += 1;
  if (hasFlag(state, "blocked")) row.blocked += 1;
}

/** A trimmed text, or null when empty. */
export function clean(value: string | undefined | null): string | null {
  const text = (value ?? "").trim();
  return text === "" ? null : text;
}

/**
 * The area groups, in order: every `ListeChamps` area (even without an action), then areas
 * typed in actions but not in the list (first seen first), then "(sans champ)" when needed.
 * Areas match the list ignoring case and accents; a group keeps the list's spelling.
 */
/** An area's matching key: folded, or the text itself when folding leaves nothing (« ! », « ſ »). */
function areaKey(area: string): string {
  return fold(area) || area.trim();
}

export class AreaIndex {
  readonly names: (string | null)[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(areas: readonly string[], actions: readonly Action[]) {
    for (const area of areas) this.add(area);
    for (const action of actions) {
      const area = clean(action.area);
      if (area !== null) this.add(area);
    }
    if (actions.some((a) => clean(a.area) === null)) this.names.push(null);
  }

  private add(area: string): void {
    const key = areaKey(area);
    if (key === "" || this.byKey.has(key)) return;
    this.byKey.set(key, this.names.length);
    this.names.push(area.trim());
  }

  /** The group index of an action's area. */
  indexOf(area: string | undefined): number {
    const text = clean(area);
    return text === null ? this.names.indexOf(null) : (this.byKey.get(areaKey(text)) as number);
  }

  label(index: number, lang: Lang): string {
    return this.names[index] ?? bilanText[lang].noArea;
  }
}

export function groupByArea(index: AreaIndex, states: ActionState[], lang: Lang): GroupRow[] {
  const rows = index.names.map((name, i) => emptyRow(name, index.label(i, lang)));
  for (const state of states) add(rows[index.indexOf(state.action.area)], state);
  return rows;
}

/**
 * Porteurs, most actions first; ties by name. Names match ignoring case and accents and keep
 * their first spelling; actions without a porteur form a last "(sans porteur)" group.
 */
export function groupByPorteur(states: ActionState[], lang: Lang): GroupRow[] {
  const groups = new Map<string, GroupRow>();
  let none: GroupRow | undefined;
  for (const state of states) {
    const porteur = clean(state.action.porteur);
    if (porteur === null) {
      none ??= emptyRow(null, bilanText[lang].noPorteur);
      add(none, state);
      continue;
    }
    const key = fold(porteur) || porteur;
    let row = groups.get(key);
    if (!row) groups.set(key, (row = emptyRow(porteur, porteur)));
    add(row, state);
  }
  const byName = compareBase(lang);
  const rows = [...groups.values()].sort((a, b) => b.actions - a.actions || byName(a.label, b.label));
  return none ? [...rows, none] : rows;
}

/** The three clientèles in list order (even when empty), then "(non précisée)" when needed. */
export function groupByClientele(states: ActionState[], lang: Lang): ClienteleRow[] {
  const rows: ClienteleRow[] = CLIENTELES.map((c) => ({
    ...emptyRow(c.id, label(CLIENTELES, c.id, lang)),
    name: c.id,
  }));
  let none: ClienteleRow | undefined;
  for (const state of states) {
    const id: ClienteleId | undefined = state.action.clientele;
    const row = id ? rows.find((r) => r.name === id) : undefined;
    if (row) add(row, state);
    else {
      none ??= { ...emptyRow(null, bilanText[lang].noClientele), name: null };
      add(none, state);
    }
  }
  return none ? [...rows, none] : rows;
}

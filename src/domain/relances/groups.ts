/** Who to remind: per porteur, the late, stale and due-soon items of their actions at the reference date. */
import { dayToIso } from "../dates";
import type { Lang } from "../lang";
import type { ActionState } from "../model";
import { compareBase, fold } from "../text";
import type { RelanceItem, RelanceKind } from "./types";

export const RELANCE_KINDS: readonly RelanceKind[] = ["late", "stale", "due-soon"];

export interface PorteurItems {
  porteur: string;
  items: RelanceItem[];
}

function itemsOf(state: ActionState): RelanceItem[] {
  const { action } = state;
  return RELANCE_KINDS.flatMap((kind) =>
    state.flags
      .filter((f) => f.kind === kind)
      .map((f): RelanceItem => {
        const item: RelanceItem = { action: action.no, text: action.text, kind };
        if (f.days !== undefined) item.days = f.days;
        if (action.due !== undefined) item.due = dayToIso(action.due);
        return item;
      }),
  );
}

/**
 * The items grouped by porteur (same porteur ignoring case and accents), porteurs in
 * alphabetical order; items of actions that name no porteur apart.
 */
export function itemsByPorteur(
  states: readonly ActionState[],
  lang: Lang,
): { groups: PorteurItems[]; withoutPorteur: RelanceItem[] } {
  const groups = new Map<string, PorteurItems>();
  const withoutPorteur: RelanceItem[] = [];
  for (const state of states) {
    const items = itemsOf(state);
    if (items.length === 0) continue;
    const porteur = (state.action.porteur ?? "").trim();
    if (porteur === "") {
      withoutPorteur.push(...items);
      continue;
    }
    const key = fold(porteur) || porteur;
    const group = groups.get(key);
    if (group) group.items.push(...items);
    else groups.set(key, { porteur, items });
  }
  const byName = compareBase(lang);
  const sorted = [...groups.values()].sort((a, b) => byName(a.porteur, b.porteur));
  return { groups: sorted, withoutPorteur };
}

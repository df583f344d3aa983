/**
 * Relances: per porteur, their late, stale and due-soon actions at the reference date, with
 * a polite message and a `mailto:` link when Acteurs gives an address (none, and why, otherwise).
 */
import { dayToIso } from "../dates";
import type { Lang } from "../lang";
import type { ActionState, Workbook } from "../model";
import { fold } from "../text";
import { contactOf } from "./contacts";
import { mailtoLink } from "./mailto";
import { relanceMessage } from "./message";
import type { Relance, RelanceItem, RelanceKind, Relances } from "./types";

export { emailAddresses, mailtoLink } from "./mailto";
export { actionLines, reasonText, relanceMessage } from "./message";
export type * from "./types";

export const RELANCE_KINDS: readonly RelanceKind[] = ["late", "stale", "due-soon"];

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

export function relances(wb: Workbook, states: readonly ActionState[], options: { lang: Lang }): Relances {
  const { lang } = options;
  const groups = new Map<string, { porteur: string; items: RelanceItem[] }>();
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
  const list = [...groups.values()]
    .sort((a, b) => a.porteur.localeCompare(b.porteur, lang, { sensitivity: "base" }))
    .map(({ porteur, items }): Relance => {
      const found = contactOf(porteur, wb.acteurs, lang);
      const { subject, body } = relanceMessage({
        wb,
        lang,
        items,
        contact: found.contact?.name,
        coordinator: wb.settings.coordinator,
      });
      const relance: Relance = { porteur, actions: items, subject, body };
      if (found.contact) relance.contact = found.contact.name;
      if (found.addresses.length > 0) {
        relance.email = found.addresses.join(", ");
        relance.mailto = mailtoLink(found.addresses, subject, body);
      }
      if (found.noEmail) relance.noEmail = found.noEmail;
      return relance;
    });
  return { referenceDate: dayToIso(wb.referenceDate), lang, relances: list, withoutPorteur };
}

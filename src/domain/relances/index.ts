/**
 * Relances: per porteur, their late, stale and due-soon actions at the reference date, with
 * a polite message and a `mailto:` link when Acteurs gives an address (none, and why, otherwise).
 */
import { dayToIso } from "../dates";
import type { Lang } from "../lang";
import type { ActionState, Workbook } from "../model";
import { contactOf } from "./contacts";
import { itemsByPorteur } from "./groups";
import { mailtoLink } from "./mailto";
import { relanceMessage } from "./message";
import type { Relance, Relances } from "./types";

export { emailAddresses, mailtoLink } from "./mailto";
export { RELANCE_KINDS, itemsByPorteur, type PorteurItems } from "./groups";
export { actionLines, reasonText, relanceMessage } from "./message";
export type * from "./types";

export function relances(wb: Workbook, states: readonly ActionState[], options: { lang: Lang }): Relances {
  const { lang } = options;
  const { groups, withoutPorteur } = itemsByPorteur(states, lang);
  const list = groups.map(({ porteur, items }): Relance => {
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

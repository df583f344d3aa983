/**
 * Who to write to about a porteur: the Acteurs row whose Nom, else whose Organisation,
 * matches the porteur (ignoring case and accents); the first with a usable address wins.
 */
import type { Lang } from "../lang";
import type { Acteur } from "../model";
import { fold } from "../text";
import { relancesText } from "../../i18n/relances";
import { emailAddresses } from "./mailto";
import type { NoEmailReason } from "./types";

export interface ContactFound {
  contact?: Acteur;
  addresses: string[];
  noEmail?: { reason: NoEmailReason; message: string };
}

export function contactOf(porteur: string, acteurs: readonly Acteur[], lang: Lang): ContactFound {
  const t = relancesText[lang];
  const key = fold(porteur);
  const candidates = [
    ...acteurs.filter((a) => fold(a.name) === key),
    ...acteurs.filter((a) => a.organisation !== undefined && fold(a.organisation) === key),
  ];
  for (const acteur of candidates) {
    const addresses = emailAddresses(acteur.email);
    if (addresses.length > 0) return { contact: acteur, addresses };
  }
  if (candidates.length === 0)
    return { addresses: [], noEmail: { reason: "no-contact", message: t.noContact(porteur) } };
  const typed = candidates.find((a) => (a.email ?? "").trim() !== "");
  const contact = typed ?? candidates[0];
  return {
    contact,
    addresses: [],
    noEmail: typed
      ? { reason: "invalid-email", message: t.invalidEmail(typed.name, (typed.email ?? "").trim()) }
      : { reason: "no-email", message: t.noEmail(contact.name) },
  };
}

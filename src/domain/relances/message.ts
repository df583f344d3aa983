/** The message to a porteur: polite (vouvoiement), one line per action, signed by the coordinator. */
import { dayToIso, type Day } from "../dates";
import type { Lang } from "../lang";
import type { Acteur, Workbook } from "../model";
import { fold } from "../text";
import { relancesText } from "../../i18n/relances";
import type { RelanceItem } from "./types";

export interface MessageInput {
  wb: Workbook;
  lang: Lang;
  /** The person greeted, when known. */
  contact?: string;
  items: readonly RelanceItem[];
  /** The plan's coordinator (Paramètres), when known. */
  coordinator?: string;
}

/** Why an item is there, in words: `en retard de 12 jours (échéance : 2026-03-01)`. */
export function reasonText(item: RelanceItem, lang: Lang): string {
  const t = relancesText[lang];
  if (item.kind === "late") return t.late(item.days ?? 0, item.due ?? null);
  if (item.kind === "stale") return t.stale(item.days ?? null);
  return t.dueSoon(item.days ?? 0, item.due ?? null);
}

/** Items grouped by action, in order: `- 1.2 Aménager un parc : en retard de 12 jours; aucun suivi depuis 95 jours`. */
export function actionLines(items: readonly RelanceItem[], lang: Lang): string[] {
  const byAction = new Map<string, RelanceItem[]>();
  for (const item of items) byAction.set(item.action, [...(byAction.get(item.action) ?? []), item]);
  const colon = lang === "fr" ? " : " : ": ";
  return [...byAction.values()].map(
    (list) => `- ${list[0].action} ${list[0].text}${colon}${list.map((i) => reasonText(i, lang)).join("; ")}`,
  );
}

function signature(wb: Workbook, lang: Lang, coordinator: string | undefined): string[] {
  const organisation = wb.settings.organisation?.trim();
  if (!coordinator) return [relancesText[lang].team, ...(organisation ? [organisation] : [])];
  const acteur: Acteur | undefined = wb.acteurs.find((a) => fold(a.name) === fold(coordinator));
  return [coordinator, ...(acteur?.role ? [acteur.role] : []), ...(organisation ? [organisation] : [])];
}

export function relanceMessage(input: MessageInput): { subject: string; body: string } {
  const { wb, lang, items } = input;
  const t = relancesText[lang];
  const title = wb.settings.title?.trim() || null;
  const organisation = wb.settings.organisation?.trim() || null;
  const actions = new Set(items.map((i) => i.action)).size;
  const date: Day = wb.referenceDate;
  const body = [
    t.greeting(input.contact ?? null),
    "",
    t.intro(dayToIso(date), title, organisation),
    "",
    ...actionLines(items, lang),
    "",
    t.ask,
    "",
    t.thanks,
    "",
    t.closing,
    ...signature(wb, lang, input.coordinator),
  ].join("\n");
  return { subject: t.subject(actions, title), body };
}

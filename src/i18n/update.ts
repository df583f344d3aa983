/** Postponing and dropping an action: labels and messages, French (Quebec) first, then English. */
import type { Lang } from "../domain/lang";
import type { UpdateIssueKey } from "../domain/update";
import { STATUSES, label, type StatusId } from "../domain/vocabulary";

type Params = Record<string, string>;

export interface UpdateStrings {
  postpone: string;
  drop: string;
  postponeTitle: (no: string) => string;
  dropTitle: (no: string) => string;
  date: string;
  newDue: string;
  currentDue: (due: string) => string;
  noDue: string;
  postponeReason: string;
  dropReason: string;
  confirmPostpone: string;
  confirmDrop: string;
  cancel: string;
  saving: string;
  /** The text of the fiche de suivi of a postpone: it keeps the previous due date. */
  postponedNote: (previous: string | undefined, next: string) => string;
  postponed: (no: string, due: string) => string;
  dropped: (no: string) => string;
  fixErrors: string;
  issues: Record<UpdateIssueKey, (p: Params) => string>;
}

const statusLabel = (lang: Lang, id: string) => label(STATUSES, id as StatusId, lang).toLowerCase();

export const updateText: Record<Lang, UpdateStrings> = {
  fr: {
    postpone: "Reporter",
    drop: "Abandonner",
    postponeTitle: (no) => `Reporter l'action ${no}`,
    dropTitle: (no) => `Abandonner l'action ${no}`,
    date: "Date de la décision",
    newDue: "Nouvelle échéance",
    currentDue: (due) => `Échéance actuelle : ${due}`,
    noDue: "Cette action n'a pas encore d'échéance.",
    postponeReason: "Raison du report",
    dropReason: "Raison de l'abandon",
    confirmPostpone: "Reporter l'action",
    confirmDrop: "Abandonner l'action",
    cancel: "Annuler",
    saving: "Enregistrement…",
    postponedNote: (previous, next) =>
      previous
        ? `Échéance reportée du ${previous} au ${next}.`
        : `Échéance fixée au ${next} (aucune auparavant).`,
    postponed: (no, due) => `Action ${no} reportée au ${due}. L'historique est gardé dans Suivis.`,
    dropped: (no) => `Action ${no} abandonnée. L'historique est gardé dans Suivis.`,
    fixErrors: "Corrigez les champs signalés avant d'enregistrer.",
    issues: {
      required: () => "Ce champ est obligatoire.",
      "unknown-action": (p) => `Aucune action ne porte le numéro ${p.no}.`,
      closed: (p) => `L'action ${p.no} est déjà ${statusLabel("fr", p.status)} : elle ne peut plus changer.`,
      "invalid-date": () => "Écrivez une date AAAA-MM-JJ ou JJ/MM/AAAA.",
      "future-date": (p) => `La date ne peut pas dépasser la date de référence (${p.date}).`,
      "due-not-later": (p) => `La nouvelle échéance doit tomber après l'échéance actuelle (${p.due}).`,
      "before-start": (p) => `La nouvelle échéance tombe avant le début prévu (${p.start}).`,
      "no-due-column": () => "Le tableau Actions n'a pas de colonne Échéance où inscrire la nouvelle date.",
    },
  },
  en: {
    postpone: "Postpone",
    drop: "Drop",
    postponeTitle: (no) => `Postpone action ${no}`,
    dropTitle: (no) => `Drop action ${no}`,
    date: "Date of the decision",
    newDue: "New due date",
    currentDue: (due) => `Current due date: ${due}`,
    noDue: "This action has no due date yet.",
    postponeReason: "Why it is postponed",
    dropReason: "Why it is dropped",
    confirmPostpone: "Postpone the action",
    confirmDrop: "Drop the action",
    cancel: "Cancel",
    saving: "Saving…",
    postponedNote: (previous, next) =>
      previous ? `Due date moved from ${previous} to ${next}.` : `Due date set to ${next} (none before).`,
    postponed: (no, due) => `Action ${no} postponed to ${due}. The history is kept in Follow-ups.`,
    dropped: (no) => `Action ${no} dropped. The history is kept in Follow-ups.`,
    fixErrors: "Fix the fields marked before saving.",
    issues: {
      required: () => "This field is required.",
      "unknown-action": (p) => `No action is numbered ${p.no}.`,
      closed: (p) => `Action ${p.no} is already ${statusLabel("en", p.status)}: it can no longer change.`,
      "invalid-date": () => "Write a date YYYY-MM-DD or DD/MM/YYYY.",
      "future-date": (p) => `The date cannot be after the reference date (${p.date}).`,
      "due-not-later": (p) => `The new due date must fall after the current one (${p.due}).`,
      "before-start": (p) => `The new due date falls before the planned start (${p.start}).`,
      "no-due-column": () => "The Actions table has no Due date column to hold the new date.",
    },
  },
};

export function updateIssueMessage(lang: Lang, key: UpdateIssueKey, params: Params = {}): string {
  return updateText[lang].issues[key](params);
}

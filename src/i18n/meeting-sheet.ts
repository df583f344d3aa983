/** The words of the printable meeting sheet (pane, page and `rencontre --html`), French (Quebec) then English. */
import type { Lang } from "../domain/lang";

export interface MeetingSheetStrings {
  /** The document's heading. */
  title: string;
  instance: string;
  date: string;
  previous: string;
  none: string;
  reviewCount: string;
  /** The agenda item's section and the note that sends a detailed body to the tables below. */
  agenda: string;
  detailBelow: string;
  /** One porteur's section: `Loisirs (invité) – 3 actions`. */
  group: (porteur: string, invited: boolean, n: number) => string;
  noReview: string;
  no: string;
  action: string;
  why: string;
  where: string;
  notes: string;
  reflection: string;
  reflectionBlank: string;
  question: string;
  answer: string;
  /** The running footer: `Rencontre du 2026-11-26 – Comité de suivi`. */
  footer: (date: string, instance: string) => string;
  /** The buttons of the pane's Rencontre tab. */
  print: string;
  preview: string;
  close: string;
  loading: string;
  failed: (cause: string) => string;
  /** The CLI's messages about `rencontre --html`. */
  cli: {
    written: (file: string) => string;
    twoOnStdout: string;
    overInput: (file: string) => string;
  };
}

export const meetingSheetText: Record<Lang, MeetingSheetStrings> = {
  fr: {
    title: "Feuille de rencontre",
    instance: "Instance",
    date: "Date de la rencontre",
    previous: "Rencontre précédente",
    none: "aucune",
    reviewCount: "Actions à revoir",
    agenda: "Ordre du jour",
    detailBelow: "Les actions à discuter suivent, par porteur, avec la place pour les notes de la rencontre.",
    group: (porteur, invited, n) =>
      `${porteur}${invited ? " (invité)" : ""} – ${n} action${n > 1 ? "s" : ""}`,
    noReview: "Aucune action à revoir : rien en retard, bloqué, sans suivi récent ou à échéance proche.",
    no: "No",
    action: "Action",
    why: "Pourquoi",
    where: "Où elle en est",
    notes: "Notes de la rencontre",
    reflection: "Réflexion du comité",
    reflectionBlank: "À remplir après le tour de table.",
    question: "Question",
    answer: "Réponse du comité",
    footer: (date, instance) => `Rencontre du ${date} – ${instance}`,
    print: "Imprimer la feuille de rencontre",
    preview: "Aperçu de la feuille de rencontre",
    close: "Fermer l'aperçu",
    loading: "Préparation de la feuille…",
    failed: (cause) => `La feuille de rencontre n'a pas pu être préparée : ${cause}`,
    cli: {
      written: (file) => `Feuille de rencontre en HTML écrite dans ${file}.`,
      twoOnStdout:
        "plan-vivant : --html - écrit la feuille de rencontre sur la sortie standard ; --json aussi : n'en demandez qu'un.",
      overInput: (file) =>
        `plan-vivant : ${file} : c'est le classeur lu ; choisissez un autre nom pour --html.`,
    },
  },
  en: {
    title: "Meeting sheet",
    instance: "Body",
    date: "Meeting date",
    previous: "Previous meeting",
    none: "none",
    reviewCount: "Actions to review",
    agenda: "Agenda",
    detailBelow: "The actions to discuss follow, by lead, with room for the meeting's notes.",
    group: (porteur, invited, n) =>
      `${porteur}${invited ? " (invited)" : ""} – ${n} action${n === 1 ? "" : "s"}`,
    noReview: "No action to review: nothing late, blocked, without recent follow-up or due soon.",
    no: "No.",
    action: "Action",
    why: "Why",
    where: "Where it stands",
    notes: "Meeting notes",
    reflection: "The committee's reflection",
    reflectionBlank: "To fill in after the round.",
    question: "Question",
    answer: "The committee's answer",
    footer: (date, instance) => `Meeting of ${date} – ${instance}`,
    print: "Print the meeting sheet",
    preview: "Meeting sheet preview",
    close: "Close the preview",
    loading: "Preparing the sheet…",
    failed: (cause) => `The meeting sheet could not be prepared: ${cause}`,
    cli: {
      written: (file) => `Meeting sheet as HTML written to ${file}.`,
      twoOnStdout:
        "plan-vivant: --html - writes the meeting sheet to standard output; so does --json: ask for only one.",
      overInput: (file) =>
        `plan-vivant: ${file}: that is the workbook being read; choose another name for --html.`,
    },
  },
};

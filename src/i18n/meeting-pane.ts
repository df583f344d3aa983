/** The « Rencontre » and « Fin de plan » views of the task pane, French (Quebec) first, then English. */
import type { Lang } from "../domain/lang";
import type { ReviewReason } from "../domain/meeting";

export interface MeetingPaneStrings {
  instance: string;
  date: string;
  dateHint: string;
  invited: string;
  invitedHint: string;
  prepare: string;
  statutaire: string;
  review: (n: number) => string;
  nothingToReview: string;
  noPorteur: string;
  reasons: Record<ReviewReason, string>;
  record: string;
  recording: string;
  recorded: string;
  alreadyRecorded: string;
  noRencontres: string;
  start: string;
  progressLabel: (i: number, n: number) => string;
  entryTitle: (no: string, text: string) => string;
  status: string;
  progress: string;
  note: string;
  obstacles: string;
  reason: string;
  bonCoup: string;
  previous: string;
  next: string;
  toReflection: string;
  keyboardHint: string;
  changed: (n: number) => string;
  reflectionTitle: string;
  reflectionHint: string;
  wellDone: string;
  toImprove: string;
  inspires: string;
  backToRound: string;
  save: string;
  saving: string;
  saved: (n: number) => string;
  savedMeeting: string;
  noChange: string;
  missingColumns: (headers: string) => string;
  invalid: (n: number) => string;
  invalidEntry: (no: string, message: string) => string;
  fixEntry: (no: string) => string;
  newMeeting: string;
  invalidDate: string;
}

export interface EndPaneStrings {
  ended: (end: string) => string;
  notEnded: (end: string | null) => string;
  results: string;
  rate: string;
  /** A figure in a list: its label and its value. */
  figure: (label: string, value: string) => string;
  renewal: string;
  write: string;
  writing: string;
  written: (sheet: string) => string;
  goTo: (sheet: string) => string;
  nextTitle: string;
  nextIntro: string;
  start: string;
  end: string;
  carry: (n: number, total: number) => string;
  outcomeOf: (no: string, text: string, outcome: string) => string;
  create: string;
  creating: string;
  created: (n: number, file: string) => string;
  badPeriod: string;
  cannotOpen: string;
  fileName: (title: string) => string;
}

export const meetingPaneText: Record<Lang, MeetingPaneStrings> = {
  fr: {
    instance: "Instance",
    date: "Date de la rencontre",
    dateHint: "AAAA-MM-JJ",
    invited: "Porteurs invités",
    invitedHint: "Toutes leurs actions en cours sont revues.",
    prepare: "Préparer la rencontre",
    statutaire: "Point statutaire",
    review: (n) => `Actions à revoir (${n})`,
    nothingToReview: "Aucune action à revoir à cette date.",
    noPorteur: "(sans porteur)",
    reasons: {
      late: "En retard",
      blocked: "Bloquée",
      stale: "Sans suivi récent",
      "due-soon": "Échéance proche",
      invited: "Porteur invité",
    },
    record: "Inscrire à Rencontres",
    recording: "Inscription…",
    recorded: "La rencontre est inscrite à la feuille Rencontres.",
    alreadyRecorded: "Cette rencontre est déjà inscrite à la feuille Rencontres.",
    noRencontres: "Le classeur n'a pas de tableau Rencontres : la rencontre ne peut pas y être inscrite.",
    start: "Commencer le tour de table",
    progressLabel: (i, n) => `Action ${i} de ${n}`,
    entryTitle: (no, text) => `${no} — ${text}`,
    status: "Statut",
    progress: "Avancement (%)",
    note: "Note (réalisations)",
    obstacles: "Obstacles",
    reason: "Raison (obligatoire)",
    bonCoup: "Bon coup",
    previous: "Action précédente",
    next: "Action suivante",
    toReflection: "Terminer le tour",
    keyboardHint: "Entrée : action suivante. Un champ laissé tel quel n'est pas un changement.",
    changed: (n) => (n < 2 ? `${n} action modifiée` : `${n} actions modifiées`),
    reflectionTitle: "Réflexion du comité",
    reflectionHint: "Facultatif : ce que le comité retient de la rencontre.",
    wellDone: "Ce qu'on fait bien",
    toImprove: "Ce qu'on peut améliorer",
    inspires: "Ce qui nous inspire",
    backToRound: "Revenir au tour de table",
    save: "Enregistrer les suivis",
    saving: "Enregistrement…",
    saved: (n) => (n < 2 ? `${n} suivi enregistré.` : `${n} suivis enregistrés.`),
    savedMeeting: "La rencontre est inscrite à la feuille Rencontres.",
    noChange: "Aucun suivi modifié : seule la rencontre est inscrite.",
    missingColumns: (headers) =>
      `Le tableau Rencontres n'a pas les colonnes ${headers} : ajoutez-les pour y garder ces informations.`,
    invalid: (n) =>
      n < 2
        ? "Rien n'a été enregistré : une action est à corriger."
        : `Rien n'a été enregistré : ${n} actions sont à corriger.`,
    invalidEntry: (no, message) => `${no} : ${message}`,
    fixEntry: (no) => `Corriger ${no}`,
    newMeeting: "Nouvelle rencontre",
    invalidDate: "Date invalide : AAAA-MM-JJ, p. ex. 2026-03-15.",
  },
  en: {
    instance: "Body",
    date: "Meeting date",
    dateHint: "YYYY-MM-DD",
    invited: "Invited leads",
    invitedHint: "All their open actions are reviewed.",
    prepare: "Prepare the meeting",
    statutaire: "Standing item",
    review: (n) => `Actions to review (${n})`,
    nothingToReview: "No action to review on that date.",
    noPorteur: "(no lead)",
    reasons: {
      late: "Late",
      blocked: "Blocked",
      stale: "No recent follow-up",
      "due-soon": "Due soon",
      invited: "Lead invited",
    },
    record: "Record in Meetings",
    recording: "Recording…",
    recorded: "The meeting is recorded on the Meetings sheet.",
    alreadyRecorded: "This meeting is already recorded on the Meetings sheet.",
    noRencontres: "The workbook has no Rencontres table: the meeting cannot be recorded there.",
    start: "Start the round",
    progressLabel: (i, n) => `Action ${i} of ${n}`,
    entryTitle: (no, text) => `${no} — ${text}`,
    status: "Status",
    progress: "Progress (%)",
    note: "Note (achievements)",
    obstacles: "Obstacles",
    reason: "Reason (required)",
    bonCoup: "Success story",
    previous: "Previous action",
    next: "Next action",
    toReflection: "Finish the round",
    keyboardHint: "Enter: next action. A field left as it was is not a change.",
    changed: (n) => `${n} action${n === 1 ? "" : "s"} changed`,
    reflectionTitle: "The committee's reflection",
    reflectionHint: "Optional: what the committee takes away from the meeting.",
    wellDone: "What we do well",
    toImprove: "What we can improve",
    inspires: "What inspires us",
    backToRound: "Back to the round",
    save: "Save the follow-ups",
    saving: "Saving…",
    saved: (n) => `${n} follow-up${n === 1 ? "" : "s"} saved.`,
    savedMeeting: "The meeting is recorded on the Meetings sheet.",
    noChange: "No follow-up changed: only the meeting is recorded.",
    missingColumns: (headers) =>
      `The Rencontres table lacks the columns ${headers}: add them to keep that information.`,
    invalid: (n) =>
      n === 1
        ? "Nothing was saved: one action needs fixing."
        : `Nothing was saved: ${n} actions need fixing.`,
    invalidEntry: (no, message) => `${no}: ${message}`,
    fixEntry: (no) => `Fix ${no}`,
    newMeeting: "New meeting",
    invalidDate: "Invalid date: YYYY-MM-DD, e.g. 2026-03-15.",
  },
};

export const endPaneText: Record<Lang, EndPaneStrings> = {
  fr: {
    ended: (end) => `Le plan a pris fin le ${end} : voici son bilan de fin de plan.`,
    notEnded: (end) =>
      `Le plan n'est pas terminé${end ? ` (fin prévue le ${end})` : ""} : voici où il en serait s'il finissait aujourd'hui.`,
    results: "Résultats du plan",
    rate: "Taux de réalisation",
    figure: (label, value) => `${label} : ${value}`,
    renewal: "Texte pour la demande de renouvellement",
    write: "Écrire la feuille Bilan de fin de plan",
    writing: "Écriture…",
    written: (sheet) => `Feuille « ${sheet} » écrite.`,
    goTo: (sheet) => `Afficher la feuille ${sheet}`,
    nextTitle: "Prochain plan",
    nextIntro:
      "Crée un nouveau classeur de suivi : paramètres, acteurs, listes et instances repris ; les actions cochées reportées avec leur No précédent et leur historique. Ce classeur-ci n'est pas modifié.",
    start: "Début du prochain plan",
    end: "Fin du prochain plan",
    carry: (n, total) => `Actions reportées (${n} sur ${total})`,
    outcomeOf: (no, text, outcome) => `${no} — ${text} (${outcome.toLowerCase()})`,
    create: "Créer le classeur du prochain plan",
    creating: "Création…",
    created: (n, file) =>
      `Classeur « ${file} » créé, avec ${n} action${n > 1 ? "s" : ""} reportée${n > 1 ? "s" : ""}.`,
    badPeriod: "Donnez le début et la fin du prochain plan (AAAA-MM-JJ), la fin après le début.",
    cannotOpen: "Cette version d'Excel ne peut pas ouvrir un nouveau classeur depuis le volet.",
    fileName: (title) => `${title}.xlsx`,
  },
  en: {
    ended: (end) => `The plan ended on ${end}: here is its end-of-plan report.`,
    notEnded: (end) =>
      `The plan has not ended${end ? ` (planned end ${end})` : ""}: this is where it would stand if it ended today.`,
    results: "Results of the plan",
    rate: "Completion rate",
    figure: (label, value) => `${label}: ${value}`,
    renewal: "Text for the renewal request",
    write: "Write the End-of-plan report sheet",
    writing: "Writing…",
    written: (sheet) => `Sheet "${sheet}" written.`,
    goTo: (sheet) => `Show the ${sheet} sheet`,
    nextTitle: "Next plan",
    nextIntro:
      "Creates a new tracking workbook: settings, people, lists and bodies carried over; the checked actions carried over with their previous No. and history. This workbook is not changed.",
    start: "Start of the next plan",
    end: "End of the next plan",
    carry: (n, total) => `Actions carried over (${n} of ${total})`,
    outcomeOf: (no, text, outcome) => `${no} — ${text} (${outcome.toLowerCase()})`,
    create: "Create the next plan's workbook",
    creating: "Creating…",
    created: (n, file) => `Workbook "${file}" created, with ${n} action${n === 1 ? "" : "s"} carried over.`,
    badPeriod: "Give the next plan's start and end (YYYY-MM-DD), the end after the start.",
    cannotOpen: "This version of Excel cannot open a new workbook from the pane.",
    fileName: (title) => `${title}.xlsx`,
  },
};

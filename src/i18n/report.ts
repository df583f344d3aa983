/** The words of the bilan report (the document: page, pane « Aperçu », print and HTML). */
import type { Lang } from "../domain/lang";

export interface ReportStrings {
  /** The document's heading: `Bilan du suivi`, then the plan's title under it. */
  documentTitle: string;
  publicTitle: string;
  /** The running footer: `Bilan au 2026-03-15`. */
  footer: (referenceDate: string) => string;
  /** `Page 2 de 5` pieces, for the print footer (CSS counters fill the numbers). */
  page: string;
  of: string;
  done: string;
  active: string;
  activeDetail: string;
  doneDetail: (share: string) => string;
  bonsCoups: string;
  summary: string;
  publicSummary: string;
  progressHabitNote: (days: number) => string;
  /** The follow-up habit table's short headers (the pane is narrow). */
  habitSuivis: string;
  habitFollowed: string;
  /** The money chart's title when spending is not shown. */
  budgetChart: string;
  moneyNotShown: string;
  /** A chart's text alternative: `Actions par statut : Réalisée 7, En cours 20...`. */
  chartAlt: (title: string, parts: string) => string;
  /** Buttons and switches of the report view. */
  print: string;
  publicVersion: string;
  publicHint: string;
  preview: string;
  previewHint: string;
  close: string;
  loading: string;
  failed: (cause: string) => string;
  reportRegion: string;
  /** The page's switch between the workbook grid and the report. */
  showSheets: string;
  /** The page's two views, as a group. */
  views: string;
  showReport: string;
  /** The CLI's messages about the HTML report. */
  cli: {
    htmlWritten: (file: string, version: string) => string;
    publicAlone: string;
    twoOnStdout: string;
    htmlOverInput: (file: string) => string;
    versionName: (isPublic: boolean) => string;
  };
}

const FR: ReportStrings = {
  documentTitle: "Bilan du suivi",
  publicTitle: "Bilan public du plan d'action",
  footer: (date) => `Bilan au ${date}`,
  page: "Page",
  of: "de",
  done: "Réalisées",
  active: "En cours",
  activeDetail: "en cours ou en continu",
  doneDetail: (share) => `${share} du plan`,
  bonsCoups: "Bons coups",
  summary: "Point statutaire",
  publicSummary: "En bref",
  progressHabitNote: (days) =>
    `Une action en cours est suivie dans le délai quand sa dernière fiche de suivi date d'au plus ${days} jours à la fin du trimestre.`,
  habitSuivis: "Fiches remplies",
  habitFollowed: "Suivies dans le délai",
  budgetChart: "Budget prévu par champ d'action",
  moneyNotShown: "Les dépenses ne sont pas publiées (paramètre « Dépenses dans la version publique »).",
  chartAlt: (title, parts) => `${title} : ${parts}.`,
  print: "Imprimer / PDF",
  publicVersion: "Version publique",
  publicHint: "Sans obstacles, notes, noms ni dépenses : la version à publier pour les citoyens.",
  preview: "Aperçu du bilan",
  previewHint: "Le bilan tel qu'il s'imprime, avec ses graphiques.",
  close: "Fermer l'aperçu",
  loading: "Préparation du bilan…",
  failed: (cause) => `Le bilan n'a pas pu être préparé : ${cause}`,
  reportRegion: "Bilan du suivi",
  showSheets: "Feuilles du classeur",
  views: "Affichage",
  showReport: "Bilan (rapport)",
  cli: {
    htmlWritten: (file, version) => `Bilan en HTML (${version}) écrit dans ${file}.`,
    publicAlone:
      "plan-vivant : --public choisit la version publique du bilan en HTML ou en texte : ajoutez --html FICHIER.html ou --texte.",
    twoOnStdout:
      "plan-vivant : --html - écrit le bilan sur la sortie standard ; --json et --texte aussi : n'en demandez qu'un.",
    htmlOverInput: (file) =>
      `plan-vivant : ${file} : c'est le classeur lu ; choisissez un autre nom pour --html.`,
    versionName: (isPublic) => (isPublic ? "version publique" : "version interne"),
  },
};

const EN: ReportStrings = {
  documentTitle: "Follow-up report",
  publicTitle: "Action plan public report",
  footer: (date) => `Report as of ${date}`,
  page: "Page",
  of: "of",
  done: "Done",
  active: "In progress",
  activeDetail: "in progress or ongoing",
  doneDetail: (share) => `${share} of the plan`,
  bonsCoups: "Success stories",
  summary: "Standing item",
  publicSummary: "In short",
  progressHabitNote: (days) =>
    `An open action is followed within the interval when its latest follow-up is at most ${days} days old at the quarter's end.`,
  habitSuivis: "Follow-ups",
  habitFollowed: "Followed in time",
  budgetChart: "Planned budget by area",
  moneyNotShown: "Spending is not published (setting “Spending in the public version”).",
  chartAlt: (title, parts) => `${title}: ${parts}.`,
  print: "Print / PDF",
  publicVersion: "Public version",
  publicHint: "Without obstacles, notes, names or spending: the version to post for citizens.",
  preview: "Report preview",
  previewHint: "The report as it prints, with its charts.",
  close: "Close the preview",
  loading: "Preparing the report…",
  failed: (cause) => `The report could not be prepared: ${cause}`,
  reportRegion: "Follow-up report",
  showSheets: "Workbook sheets",
  views: "View",
  showReport: "Report document",
  cli: {
    htmlWritten: (file, version) => `HTML report (${version}) written to ${file}.`,
    publicAlone:
      "plan-vivant: --public picks the public version of the report as HTML or text: add --html FILE.html or --texte.",
    twoOnStdout:
      "plan-vivant: --html - writes the report to standard output; so do --json and --texte: ask for only one.",
    htmlOverInput: (file) =>
      `plan-vivant: ${file}: that is the workbook being read; choose another name for --html.`,
    versionName: (isPublic) => (isPublic ? "public version" : "internal version"),
  },
};

export const reportText: Record<Lang, ReportStrings> = { fr: FR, en: EN };

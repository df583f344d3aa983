/** Everything the standalone page shows around the task pane, French (Quebec) first, then English. */
import type { Lang } from "../domain/lang";

export interface StandaloneStrings {
  documentTitle: string;
  productName: string;
  tagline: string;
  fileRegion: string;
  noFile: string;
  currentFile: (name: string) => string;
  unsaved: string;
  open: string;
  demo: string;
  empty: string;
  save: string;
  saved: (name: string) => string;
  saveFailed: (name: string, cause: string) => string;
  dropHint: string;
  dropHere: string;
  opening: (name: string) => string;
  preparing: string;
  welcomeTitle: string;
  welcome: string;
  privacy: string;
  /** The switch names the other language, in that language. */
  switchLanguage: string;
  switchLanguageLabel: string;
  cannotOpenTitle: (name: string) => string;
  partialTables: (name: string, causes: string) => string;
  refusedTitle: string;
  refusedKept: string;
  paneRegion: string;
  sheetRegion: string;
  sheetsLabel: string;
  gridLabel: (sheet: string) => string;
  emptySheet: string;
  rowsHidden: (count: string) => string;
  legend: string;
  legendChanged: string;
  unexpected: (detail: string) => string;
}

const fr: StandaloneStrings = {
  documentTitle: "Plan vivant — suivi du plan d'action dans le navigateur",
  productName: "Plan vivant",
  tagline: "Le suivi du plan d'action sur un classeur Excel, sans Microsoft 365",
  fileRegion: "Classeur de suivi",
  noFile: "Aucun classeur ouvert",
  currentFile: (name) => `Classeur : ${name}`,
  unsaved: "Modifications non enregistrées : téléchargez le classeur pour les garder.",
  open: "Ouvrir un classeur…",
  demo: "Ouvrir l'exemple",
  empty: "Nouveau classeur vide",
  save: "Enregistrer (télécharger)",
  saved: (name) => `Classeur téléchargé : ${name}.`,
  saveFailed: (name, cause) => `Le classeur ${name} n'a pas été téléchargé : ${cause}`,
  dropHint: "Vous pouvez aussi déposer un fichier .xlsx sur la page.",
  dropHere: "Déposez le classeur ici pour l'ouvrir",
  opening: (name) => `Ouverture de ${name}…`,
  preparing: "Préparation du classeur…",
  welcomeTitle: "Suivre le plan d'action sans Excel en ligne",
  welcome:
    "Ouvrez le classeur de suivi de votre plan (.xlsx), ou commencez par l'exemple ou par un classeur vide. Le volet de suivi est le même que dans Excel.",
  privacy: "Le classeur reste sur cet ordinateur : rien n'est envoyé sur Internet.",
  switchLanguage: "English",
  switchLanguageLabel: "Display in English",
  cannotOpenTitle: (name) => `Impossible d'ouvrir ${name}`,
  partialTables: (name, causes) =>
    `Le classeur ${name} n'a qu'une partie des tableaux de suivi de Plan vivant. ${causes} Ouvrez le classeur de suivi complet, ou commencez par un classeur vide.`,
  refusedTitle: "Modification refusée",
  refusedKept: "Le classeur à télécharger reste tel qu'il était avant cette modification.",
  paneRegion: "Volet Plan vivant",
  sheetRegion: "Aperçu du classeur (lecture seule)",
  sheetsLabel: "Feuilles du classeur",
  gridLabel: (sheet) => `Feuille ${sheet}`,
  emptySheet: "Cette feuille est vide.",
  rowsHidden: (count) => `${count} lignes plus anciennes ne sont pas affichées.`,
  legend: "Couleurs des lignes, comme dans Excel :",
  legendChanged: "Modifiée par la dernière opération",
  unexpected: (detail) => `Erreur inattendue : ${detail}`,
};

const en: StandaloneStrings = {
  documentTitle: "Plan vivant — action plan tracking in the browser",
  productName: "Plan vivant",
  tagline: "Action plan tracking on an Excel workbook, without Microsoft 365",
  fileRegion: "Tracking workbook",
  noFile: "No workbook open",
  currentFile: (name) => `Workbook: ${name}`,
  unsaved: "Unsaved changes: download the workbook to keep them.",
  open: "Open a workbook…",
  demo: "Open the example",
  empty: "New empty workbook",
  save: "Save (download)",
  saved: (name) => `Workbook downloaded: ${name}.`,
  saveFailed: (name, cause) => `The workbook ${name} was not downloaded: ${cause}`,
  dropHint: "You can also drop an .xlsx file on the page.",
  dropHere: "Drop the workbook here to open it",
  opening: (name) => `Opening ${name}…`,
  preparing: "Preparing the workbook…",
  welcomeTitle: "Track the action plan without Excel online",
  welcome:
    "Open your plan's tracking workbook (.xlsx), or start from the example or an empty workbook. The tracking pane is the same as in Excel.",
  privacy: "The workbook stays on this computer: nothing is sent over the Internet.",
  switchLanguage: "Français",
  switchLanguageLabel: "Afficher en français",
  cannotOpenTitle: (name) => `Cannot open ${name}`,
  partialTables: (name, causes) =>
    `The workbook ${name} holds only part of Plan vivant's tracking tables. ${causes} Open the complete tracking workbook, or start from an empty workbook.`,
  refusedTitle: "Change refused",
  refusedKept: "The workbook to download stays as it was before this change.",
  paneRegion: "Plan vivant pane",
  sheetRegion: "Workbook preview (read-only)",
  sheetsLabel: "Sheets of the workbook",
  gridLabel: (sheet) => `Sheet ${sheet}`,
  emptySheet: "This sheet is empty.",
  rowsHidden: (count) => `${count} older rows are not shown.`,
  legend: "Row colours, as in Excel:",
  legendChanged: "Changed by the last operation",
  unexpected: (detail) => `Unexpected error: ${detail}`,
};

export const standaloneText: Record<Lang, StandaloneStrings> = { fr, en };

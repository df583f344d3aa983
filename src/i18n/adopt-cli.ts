/** What `plan-vivant adopter` prints, French (Quebec) first, then English. */
import type { Lang } from "../domain/lang";

export interface AdoptCliStrings {
  noSheetOption: (sheets: string) => string;
  noSuchSheet: (name: string, sheets: string) => string;
  mappingTitle: (source: string, row: number) => string;
  notSure: string;
  mapFile: {
    unreadable: (file: string) => string;
    notJson: (file: string, detail: string) => string;
    notObject: (file: string) => string;
    badColumn: (file: string, letter: string, letters: string) => string;
    badTarget: (file: string, letter: string, value: string) => string;
  };
  unusableMapping: string;
  written: (file: string) => string;
  sameFile: (file: string) => string;
}

export const adoptCliText: Record<Lang, AdoptCliStrings> = {
  fr: {
    noSheetOption: (sheets) =>
      `Indiquez la feuille du plan avec --feuille NOM. Feuilles du classeur : ${sheets}.`,
    noSuchSheet: (name, sheets) =>
      `Aucune feuille ni tableau ne s'appelle « ${name} ». Feuilles du classeur : ${sheets}.`,
    mappingTitle: (source, row) =>
      `Correspondance proposée pour « ${source} » (en-têtes à la ligne ${row}) :`,
    notSure:
      "La correspondance n'est pas sûre pour les colonnes No et Action : rien n'a été écrit. Confirmez-la avec --correspondance FICHIER.json (voir plan-vivant --aide).",
    mapFile: {
      unreadable: (file) => `Le fichier de correspondance ${file} est introuvable ou illisible.`,
      notJson: (file, detail) => `Le fichier de correspondance ${file} n'est pas du JSON valide (${detail}).`,
      notObject: (file) =>
        `Le fichier de correspondance ${file} doit être un objet JSON, p. ex. {"A": "no", "B": "Action", "C": null}.`,
      badColumn: (file, letter, letters) =>
        `${file} : la colonne « ${letter} » n'est pas une colonne du plan (colonnes : ${letters}).`,
      badTarget: (file, letter, value) =>
        `${file} : « ${value} » (colonne ${letter}) n'est pas une colonne du plan d'action ; utilisez par exemple no, action, porteur, due, ou l'en-tête Échéance.`,
    },
    unusableMapping: "Rien n'a été écrit.",
    written: (file) => `Classeur de suivi créé : ${file}`,
    sameFile: (file) => `Le classeur de suivi doit être un nouveau fichier, pas le plan lui-même (${file}).`,
  },
  en: {
    noSheetOption: (sheets) =>
      `Name the plan's sheet with --feuille NAME. Sheets of the workbook: ${sheets}.`,
    noSuchSheet: (name, sheets) => `No sheet or table is named "${name}". Sheets of the workbook: ${sheets}.`,
    mappingTitle: (source, row) => `Proposed mapping for "${source}" (headers on row ${row}):`,
    notSure:
      "The mapping is not sure for the No and Action columns: nothing was written. Confirm it with --correspondance FILE.json (see plan-vivant --help).",
    mapFile: {
      unreadable: (file) => `The mapping file ${file} cannot be found or read.`,
      notJson: (file, detail) => `The mapping file ${file} is not valid JSON (${detail}).`,
      notObject: (file) =>
        `The mapping file ${file} must be a JSON object, e.g. {"A": "no", "B": "Action", "C": null}.`,
      badColumn: (file, letter, letters) =>
        `${file}: "${letter}" is not a column of the plan (columns: ${letters}).`,
      badTarget: (file, letter, value) =>
        `${file}: "${value}" (column ${letter}) is not a column of the action plan; use for example no, action, porteur, due, or the header Due date.`,
    },
    unusableMapping: "Nothing was written.",
    written: (file) => `Tracking workbook created: ${file}`,
    sameFile: (file) => `The tracking workbook must be a new file, not the plan itself (${file}).`,
  },
};

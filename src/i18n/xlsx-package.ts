/** Messages of the .xlsx package editor (src/workbook/xlsx/package). */
import type { Lang } from "../domain/lang";

interface PackageTexts {
  notAPackage: string;
  missingPart: (p: { part: string }) => string;
  sheetNotFound: (p: { sheet: string }) => string;
  tableNotFound: (p: { table: string }) => string;
  tableHasTotals: (p: { table: string }) => string;
  cellsNotEmpty: (p: { table: string; range: string }) => string;
  sharedFormula: (p: { cell: string }) => string;
  unsupportedXml: (p: { part: string }) => string;
}

export const xlsxPackageText: Record<Lang, PackageTexts> = {
  fr: {
    notAPackage: "Ce fichier n'est pas un classeur Excel (.xlsx) lisible.",
    missingPart: ({ part }) => `Le classeur est incomplet : la partie ${part} est introuvable.`,
    sheetNotFound: ({ sheet }) => `La feuille « ${sheet} » est introuvable dans le classeur.`,
    tableNotFound: ({ table }) => `Le tableau ${table} est introuvable dans le classeur.`,
    tableHasTotals: ({ table }) =>
      `Le tableau ${table} a une ligne de total : retirez-la pour que Plan vivant puisse y ajouter des lignes.`,
    cellsNotEmpty: ({ table, range }) =>
      `Impossible d'ajouter des lignes au tableau ${table} : les cellules ${range} sous le tableau ne sont pas vides.`,
    sharedFormula: ({ cell }) =>
      `La cellule ${cell} porte une formule partagée par d'autres cellules : Plan vivant ne l'écrase pas.`,
    unsupportedXml: ({ part }) =>
      `La partie ${part} du classeur a une forme que Plan vivant ne sait pas modifier.`,
  },
  en: {
    notAPackage: "This file is not a readable Excel workbook (.xlsx).",
    missingPart: ({ part }) => `The workbook is incomplete: part ${part} is missing.`,
    sheetNotFound: ({ sheet }) => `Sheet "${sheet}" was not found in the workbook.`,
    tableNotFound: ({ table }) => `Table ${table} was not found in the workbook.`,
    tableHasTotals: ({ table }) =>
      `Table ${table} has a total row: remove it so Plan vivant can append rows.`,
    cellsNotEmpty: ({ table, range }) =>
      `Cannot append rows to table ${table}: cells ${range} below the table are not empty.`,
    sharedFormula: ({ cell }) =>
      `Cell ${cell} holds a formula shared by other cells: Plan vivant will not overwrite it.`,
    unsupportedXml: ({ part }) => `Part ${part} of the workbook has a shape Plan vivant cannot edit.`,
  },
};

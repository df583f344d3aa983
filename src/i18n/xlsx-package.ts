/** Messages of the .xlsx package editor (src/workbook/xlsx/package). */
import type { Lang } from "../domain/lang";
import type { ReadCause, ReadLimit } from "../workbook/xlsx/reader/failure";

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

/** Words of the .xlsx reader (src/workbook/xlsx/reader): the cause of a failure, a limit passed. */
interface ReaderTexts {
  cause: (c: ReadCause) => string;
  limit: (l: ReadLimit) => string;
}

const megabytes = (bytes: number): number => Math.round(bytes / (1024 * 1024));

export const readerText: Record<Lang, ReaderTexts> = {
  fr: {
    cause: (c) => {
      switch (c.kind) {
        case "zip":
          return "l'archive zip est tronquée ou endommagée.";
        case "zip-method":
          return "la partie est chiffrée ou compressée d'une manière qu'Excel n'utilise pas.";
        case "inflate":
          return "ses données compressées sont endommagées.";
        case "xml":
          return `son XML est mal formé (position ${c.offset}).`;
        case "missing":
          return "elle manque dans le fichier.";
        case "bytes":
          return `elle contient des octets qui ne sont pas du ${c.encoding}.`;
      }
    },
    limit: (l) => {
      switch (l.kind) {
        case "bytes":
          return `${megabytes(l.bytes).toLocaleString("fr-CA")} Mo une fois décompressée`;
        case "cells":
          return `${l.cells.toLocaleString("fr-CA")} cellules`;
        case "token":
          return `${l.chars.toLocaleString("fr-CA")} caractères dans une seule balise ou un seul texte`;
      }
    },
  },
  en: {
    cause: (c) => {
      switch (c.kind) {
        case "zip":
          return "the zip archive is truncated or damaged.";
        case "zip-method":
          return "the part is encrypted or compressed in a way Excel does not use.";
        case "inflate":
          return "its compressed data is damaged.";
        case "xml":
          return `its XML is malformed (offset ${c.offset}).`;
        case "missing":
          return "it is missing from the file.";
        case "bytes":
          return `it holds bytes that are not ${c.encoding}.`;
      }
    },
    limit: (l) => {
      switch (l.kind) {
        case "bytes":
          return `${megabytes(l.bytes).toLocaleString("en-CA")} MB once inflated`;
        case "cells":
          return `${l.cells.toLocaleString("en-CA")} cells`;
        case "token":
          return `${l.chars.toLocaleString("en-CA")} characters in a single tag or text`;
      }
    },
  },
};

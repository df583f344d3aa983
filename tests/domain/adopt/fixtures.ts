/** Plan sheets laid out the ways people lay them out, as raw grids. */
import { dayFromIso } from "../../../src/domain/dates";
import type { RawCell, RawGrid } from "../../../src/domain/raw";
import type { AdoptSource } from "../../../src/domain/adopt";

export const d = (iso: string): number => dayFromIso(iso) as number;

export function sheetSource(
  sheet: string,
  values: RawCell[][],
  formats?: (string | null)[][],
  at = { row: 1, col: 1 },
): AdoptSource {
  const grid: RawGrid = { sheet, row: at.row, col: at.col, values, ...(formats ? { formats } : {}) };
  return { kind: "sheet", name: sheet, sheet, grid };
}

/** French headings with abbreviations, a blank row and a total row. */
export function frenchAbbreviated(): AdoptSource {
  return sheetSource("Plan MADA", [
    ["No", "Champ", "Objectif", "Actions", "Resp.", "Part.", "Éch.", "Budg.", "Ind.", "Statut"],
    [
      "1.1",
      "Loisirs",
      "Briser l'isolement",
      "Offrir des cafés-rencontres mensuels",
      "Loisirs",
      "FADOQ",
      "2026-06-30",
      "1 500 $",
      "Nombre de participants",
      "En cours",
    ],
    [
      "1.2",
      "Transport et mobilité",
      "Faciliter les déplacements",
      "Mettre en place une navette",
      "Direction générale",
      "MRC",
      "31/12/2026",
      "12000",
      "Nombre de trajets",
      "À venir",
    ],
    [null, null, null, null, null, null, null, null, null, null],
    [
      "2.1",
      "Habitat",
      "Adapter les logements",
      "Programme d'aide à l'adaptation",
      "Urbanisme",
      "SHQ",
      "Printemps 2027",
      "beaucoup",
      "Logements adaptés",
      "Presque fini",
    ],
    ["Total", null, null, null, null, null, null, "13 500 $", null, null],
  ]);
}

/** English headings, in another order, dates as serials with a date format. */
export function english(): AdoptSource {
  const values: RawCell[][] = [
    [
      "Action",
      "Lead",
      "Partners",
      "Start date",
      "Due date",
      "Estimated cost",
      "Priority",
      "Action No.",
      "Status",
      "Progress",
    ],
    [
      "Build an intergenerational park",
      "Recreation",
      "School board",
      d("2026-01-15"),
      d("2026-10-31"),
      45000,
      1,
      "A-1",
      "In progress",
      0.4,
    ],
    [
      "Publish a services directory",
      "Communications",
      null,
      d("2026-02-01"),
      d("2026-05-31"),
      3000,
      2,
      "A-2",
      "Done",
      1,
    ],
    [
      "Senior-friendly benches",
      "Public works",
      null,
      "soon",
      d("2027-05-31"),
      -5,
      7,
      "A-3",
      "Not started",
      null,
    ],
  ];
  const row = [null, null, null, "yyyy-mm-dd", "yyyy-mm-dd", '#,##0 "$"', null, null, null, "0%"];
  return sheetSource(
    "Action plan 2026",
    values,
    values.map(() => row),
  );
}

/** Merged title rows above the header (their text sits in the first cell), notes, blank rows. */
export function mergedTitles(): AdoptSource {
  return sheetSource(
    "PFM",
    [
      ["Politique familiale municipale — Plan d'action 2025-2028", null, null, null, null, null],
      ["Municipalité de Saint-Exemple", null, null, null, null, null],
      [null, null, null, null, null, null],
      ["Adopté au conseil le 2025-03-10", null, null, null, null, null],
      [
        "Numéro",
        "Axe d'intervention",
        "Action à réaliser",
        "Responsable",
        "Échéancier",
        "Indicateurs de résultat",
      ],
      [
        1,
        "Famille et services de garde",
        "Ouvrir une halte-garderie",
        "Service des loisirs",
        "2026",
        "Places créées",
      ],
      [
        2,
        "Culture",
        "Heure du conte à la bibliothèque",
        "Bibliothèque",
        d("2026-09-30"),
        "Nombre de séances",
      ],
      [null, null, null, null, null, null],
      [3, "Sports et plein air", null, "Loisirs", "2026-12-31", null],
      [2, "Culture", "Spectacle familial", "Culture", "2027-06-30", null],
      [{ error: "#REF!" }, "Culture", "Fête des familles", "Loisirs", "2027-08-15", null],
    ],
    undefined,
    { row: 1, col: 2 },
  );
}

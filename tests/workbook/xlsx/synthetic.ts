/**
 * Test helpers: a synthetic tracking workbook of any size, and the overhead of readXlsx
 * over ExcelJS's own load on it. Used by read-overhead.test.ts; no timing assertions.
 */
import ExcelJS from "exceljs";
import { performance } from "node:perf_hooks";
import { emptySheet } from "../../../src/domain/layout/sheet-plan";
import type { ColumnPlan, PlanValue, WorkbookPlan } from "../../../src/domain/layout/sheet-plan";
import { readXlsx } from "../../../src/workbook/xlsx/read";
import { IGNORED_NODES } from "../../support/exceljs-reader/read";
import { writeXlsx } from "../../../src/workbook/xlsx/write";

const col = (header: string, format?: ColumnPlan["format"]): ColumnPlan => ({
  header,
  width: 12,
  ...(format ? { format } : {}),
});

const STATUSES = ["À venir", "En cours", "Réalisée", "Bloquée", "Reportée"];

/** A plan with `actions` rows in Actions (21 columns) and `suivis` rows in Suivis (13 columns). */
export function syntheticPlan(actions: number, suivis: number): WorkbookPlan {
  const plan = emptySheet("Plan d'action");
  const actionColumns = [
    col("No"),
    col("Champ d'action"),
    col("Objectif"),
    col("Action"),
    col("Clientèle"),
    col("Porteur"),
    col("Partenaires"),
    col("Rôle des partenaires"),
    col("Début prévu", "date"),
    col("Échéance", "date"),
    col("Récurrence"),
    col("Budget prévu ($)", "money"),
    col("Heures prévues", "number"),
    col("Résultat attendu"),
    col("Indicateur"),
    col("Cible"),
    col("Priorité", "integer"),
    col("Statut actuel"),
    col("Avancement (%)", "percent"),
    col("Dernier suivi", "date"),
    col("Alerte"),
  ];
  const actionRows: PlanValue[][] = [];
  for (let i = 0; i < actions; i++) {
    actionRows.push([
      `${1 + (i % 9)}.${1 + (i % 7)}.${i}`,
      "Loisirs",
      `Objectif ${i % 50}`,
      `Action numéro ${i} pour les familles`,
      "Familles",
      `Porteur ${i % 40}`,
      "Partenaire A, Partenaire B",
      "Soutien",
      45_700 + (i % 300),
      46_000 + (i % 700),
      "Ponctuelle",
      1000 + i,
      10 + (i % 30),
      "Un résultat",
      "Nombre de personnes",
      100,
      1 + (i % 3),
      "En cours",
      (i % 100) / 100,
      45_900 + (i % 200),
      "",
    ]);
  }
  plan.tables.push({
    name: "Actions",
    row: 1,
    col: 1,
    columns: actionColumns,
    rows: actionRows,
    style: "TableStyleMedium2",
  });

  const suivi = emptySheet("Suivis");
  const suiviColumns = [
    col("Date", "date"),
    col("No action"),
    col("Statut"),
    col("Avancement (%)", "integer"),
    col("Réalisations"),
    col("Obstacles"),
    col("Prochaines étapes"),
    col("Dépenses ($)", "money"),
    col("Heures", "number"),
    col("Valeur de l'indicateur"),
    col("Bon coup"),
    col("Source"),
    col("Rempli par"),
  ];
  const suiviRows: PlanValue[][] = [];
  for (let i = 0; i < suivis; i++) {
    const a = i % Math.max(1, actions);
    suiviRows.push([
      45_700 + (i % 400),
      `${1 + (a % 9)}.${1 + (a % 7)}.${a}`,
      STATUSES[i % STATUSES.length],
      (i * 7) % 101,
      `Réalisation ${i}`,
      i % 5 === 3 ? "Manque de bénévoles" : null,
      "Suite",
      i % 3 === 0 ? 250.5 : null,
      2,
      i % 11,
      i % 13 === 0 ? "Oui" : "Non",
      "Porteur",
      "Agent de développement",
    ]);
  }
  suivi.tables.push({
    name: "Suivis",
    row: 1,
    col: 1,
    columns: suiviColumns,
    rows: suiviRows,
    style: "TableStyleLight9",
  });
  return { lang: "fr", sheets: [plan, suivi], definedNames: { "PlanVivant.Version": '"1"' } };
}

export interface Overhead {
  bytes: number;
  excelJsMs: number;
  /** ExcelJS load told to skip the same nodes readXlsx skips. */
  excelJsIgnoringMs: number;
  readXlsxMs: number;
  ratio: number;
}

async function best(runs: number, f: () => Promise<unknown>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** Best-of-`runs` times of ExcelJS's `wb.xlsx.load` alone and of the whole readXlsx. */
export async function readOverhead(actions: number, suivis: number, runs = 3): Promise<Overhead> {
  const data = await writeXlsx(syntheticPlan(actions, suivis));
  const excelJsMs = await best(runs, () =>
    new ExcelJS.Workbook().xlsx.load(data as unknown as ExcelJS.Buffer),
  );
  const excelJsIgnoringMs = await best(runs, () =>
    new ExcelJS.Workbook().xlsx.load(data as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_NODES }),
  );
  const readXlsxMs = await best(runs, () => readXlsx(data));
  return { bytes: data.length, excelJsMs, excelJsIgnoringMs, readXlsxMs, ratio: readXlsxMs / excelJsMs };
}

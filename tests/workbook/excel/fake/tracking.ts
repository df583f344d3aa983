/** Tracking workbooks and plans for the Excel adapter's tests. */
import { emptySheet, type SheetPlan } from "../../../../src/domain/layout/sheet-plan";
import { ExcelPort } from "../../../../src/workbook/excel/excel-port";
import { ExcelHost } from "../host/host";
import { FakeTable, FakeWorkbook } from "./model";

export const ACTION_HEADERS = [
  "No",
  "Champ d'action",
  "Objectif",
  "Action",
  "Clientèle",
  "Porteur",
  "Partenaires",
  "Rôle des partenaires",
  "Début prévu",
  "Échéance",
  "Récurrence",
  "Budget prévu ($)",
  "Heures prévues",
  "Résultat attendu",
  "Indicateur",
  "Cible",
  "Priorité",
  "Statut actuel",
  "Avancement (%)",
  "Dernier suivi",
  "Alerte",
];

export const SUIVI_HEADERS = [
  "Date",
  "No action",
  "Statut",
  "Avancement (%)",
  "Réalisations",
  "Obstacles",
  "Prochaines étapes",
  "Dépenses ($)",
  "Heures",
  "Valeur de l'indicateur",
  "Bon coup",
  "Source",
  "Rempli par",
];

export const SUIVI_FORMATS = [
  "yyyy-mm-dd",
  "@",
  undefined,
  "0",
  undefined,
  undefined,
  undefined,
  '#,##0.00 "$"',
];

/** A tracking workbook with `actions` actions and `suivis` follow-ups, a Listes sheet without table. */
export function trackingWorkbook(actions: number, suivis: number): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.seedTable(
    "Paramètres",
    "Parametres",
    ["Paramètre", "Valeur"],
    [
      ["Organisation", "Ville de Saint-Exemple"],
      ["Délai de suivi (jours)", 90],
    ],
  );
  const actionRows = Array.from({ length: actions }, (_, i) => {
    const row: (string | number | null)[] = ACTION_HEADERS.map(() => null);
    row[0] = `1.${i + 1}`;
    row[3] = `Action ${i + 1}`;
    row[5] = "Service des loisirs";
    row[9] = 46000 + i;
    return row;
  });
  wb.seedTable("Plan d'action", "Actions", ACTION_HEADERS, actionRows, { row: 3 });
  const suiviRows = Array.from({ length: suivis }, (_, i) => [
    45700 + (i % 300),
    `1.${(i % actions) + 1}`,
    i % 3 === 0 ? "En cours" : "Réalisée",
    (i * 7) % 101,
    `Réalisation numéro ${i} : rencontre avec le comité`,
    i % 5 === 0 ? "Budget en attente" : null,
    "Suivre au prochain comité",
    (i % 40) * 12.5,
    i % 9,
    null,
    i % 4 === 0 ? "Oui" : "Non",
    "Comité de suivi",
    "Julie Tremblay",
  ]);
  wb.seedTable("Suivis", "Suivis", SUIVI_HEADERS, suiviRows, { formats: SUIVI_FORMATS });
  wb.seed("Listes", 1, 1, [["Champs"], ["Loisirs"], ["Culture"], ["Sécurité"]]);
  wb.addSheet("Notes vides");
  wb.names.push({ name: "PlanVivant.Version", formula: '="1"', visible: true });
  return wb;
}

export const ALL_SETS = () => true;
export const FLOOR_ONLY = (version: string) => version === "1.7";

/**
 * A port over desktop Excel: Microsoft's client library talking to a host over `wb`.
 * `ctx` is the host: its round trips (`syncs`) and message sizes.
 */
export function portOn(wb: FakeWorkbook, supports: (version: string) => boolean = ALL_SETS) {
  const ctx = new ExcelHost(wb);
  const port = new ExcelPort(ctx.run, { supports, lang: "fr" });
  return { ctx, port };
}

/** A port over Excel on the web: the host refuses any request or response over 5 MB. */
export function webPortOn(wb: FakeWorkbook, lang: "fr" | "en" = "fr") {
  const ctx = new ExcelHost(wb);
  ctx.platform = "web";
  const port = new ExcelPort(ctx.run, { supports: ALL_SETS, lang, onWeb: () => true });
  return { ctx, port };
}

/** Gives every follow-up a Réalisations text of `length` characters (cells longer than estimated). */
export function lengthenRealisations(wb: FakeWorkbook, length: number): void {
  const table = wb.table("Suivis") as FakeTable;
  const text = "Rencontre du comité de suivi, ".repeat(Math.ceil(length / 30)).slice(0, length);
  for (let row = table.row + 1; row <= table.lastRow; row += 1)
    table.sheet.put(row, table.col + 4, { value: text });
}

/** A bilan sheet plan: title, figures, merges, widths, two charts, a conditional format, print layout. */
export function bilanPlan(name = "Bilan"): SheetPlan {
  const plan = emptySheet(name);
  plan.tabColor = "1F6E43";
  plan.freeze = { rows: 3 };
  plan.widths = { 1: 30, 2: 12, 3: 12 };
  plan.cells.push({ row: 1, col: 1, value: "Bilan du suivi", style: { bold: true, size: 16 } });
  plan.cells.push({ row: 2, col: 1, value: 46100, style: { format: "date" } });
  const statuses = ["À venir", "En cours", "Réalisée", "Bloquée"];
  statuses.forEach((status, i) => {
    plan.cells.push({ row: 5 + i, col: 1, value: status });
    plan.cells.push({ row: 5 + i, col: 2, value: i * 3 + 1 });
    plan.cells.push({ row: 5 + i, col: 3, value: i + 2 });
  });
  plan.cells.push({ row: 10, col: 1, value: "-5 % sur l'échéancier", style: { italic: true } });
  plan.merges.push({ row: 1, col: 1, rows: 1, cols: 3 });
  const ref = name === "Bilan" ? "Bilan" : `'${name}'`;
  plan.charts.push({
    kind: "doughnut",
    title: "Actions par statut",
    categories: `${ref}!$A$5:$A$8`,
    series: [{ name: "Actions", values: `${ref}!$B$5:$B$8` }],
    cache: { categories: statuses, values: [[1, 4, 7, 10]] },
    anchor: { row: 12, col: 1, rows: 15, cols: 4 },
    pointColors: ["BFBFBF", "2E75B6", "70AD47", "C00000"],
  });
  plan.charts.push({
    kind: "bar-stacked",
    title: "Par champ",
    categories: `${ref}!$A$5:$A$8`,
    series: [
      { name: "Prévu", values: `${ref}!$B$5:$B$8`, color: "2E75B6" },
      { name: "Réalisé", values: `${ref}!$C$5:$C$8`, color: "70AD47" },
    ],
    cache: {
      categories: statuses,
      values: [
        [1, 4, 7, 10],
        [2, 3, 4, 5],
      ],
    },
    anchor: { row: 12, col: 6, rows: 15, cols: 6 },
  });
  plan.conditionalFormats.push({ range: "B5:B8", formula: "$B5>5", fill: "FCE4D6" });
  plan.print = {
    landscape: true,
    fitToWidth: true,
    header: { left: "Familles & aînés", right: "2026-03-15" },
    footer: { center: "Plan vivant" },
  };
  return plan;
}

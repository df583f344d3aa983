/** Every word of the consolidation (`plan-vivant consolider`): the regional workbook and the CLI lines. */
import type { Lang } from "../domain/lang";

const frPlural = (n: number, one: string, many: string): string => `${n} ${Math.abs(n) < 2 ? one : many}`;
const enPlural = (n: number, one: string, many: string): string => `${n} ${Math.abs(n) === 1 ? one : many}`;

export interface ConsolidateStrings {
  sheets: { report: string; actions: string; suivis: string; problems: string };
  municipality: string;
  file: string;
  cell: string;
  severity: string;
  message: string;
  cause: string;
  severities: { error: string; warning: string };
  title: string;
  referenceDate: string;
  generatedAt: string;
  municipalities: string;
  filesSkipped: string;
  suivis: string;
  byMunicipality: string;
  actions: string;
  done: string;
  late: string;
  blocked: string;
  stale: string;
  shareDone: string;
  regionTotal: string;
  statuses: string;
  status: string;
  count: string;
  share: string;
  byArea: string;
  area: string;
  total: string;
  noArea: string;
  none: string;
  problemsTitle: string;
  skippedTitle: string;
  noProblem: string;
  chartMunicipalities: string;
  chartStatuses: string;
  chartAreas: string;
  /** CLI lines. */
  missingOutput: string;
  missingFiles: string;
  skipped: (file: string, cause: string) => string;
  noUsableFile: string;
  written: (file: string, municipalities: number, actions: number, suivis: number) => string;
  skippedSummary: (n: number) => string;
  problemsSummary: (errors: number, warnings: number) => string;
  municipalityLine: (
    name: string,
    actions: number,
    done: number,
    late: number,
    blocked: number,
    stale: number,
    share: string,
  ) => string;
}

export const consolidateText: Record<Lang, ConsolidateStrings> = {
  fr: {
    sheets: { report: "Bilan régional", actions: "Actions", suivis: "Suivis", problems: "Problèmes" },
    municipality: "Municipalité",
    file: "Fichier",
    cell: "Cellule",
    severity: "Gravité",
    message: "Message",
    cause: "Cause",
    severities: { error: "Erreur", warning: "Avertissement" },
    title: "Bilan régional des plans d'action",
    referenceDate: "Date de référence",
    generatedAt: "Produit le",
    municipalities: "Municipalités",
    filesSkipped: "Fichiers exclus",
    suivis: "Fiches de suivi",
    byMunicipality: "Actions par municipalité",
    actions: "Actions",
    done: "Réalisées",
    late: "En retard",
    blocked: "Bloquées",
    stale: "Sans suivi récent",
    shareDone: "Part réalisée",
    regionTotal: "Total de la région",
    statuses: "Actions de la région par statut",
    status: "Statut",
    count: "Nombre",
    share: "Part",
    byArea: "Actions par champ d'action et statut",
    area: "Champ d'action",
    total: "Total",
    noArea: "(sans champ)",
    none: "Aucune",
    problemsTitle: "Problèmes des classeurs",
    skippedTitle: "Fichiers exclus de la consolidation",
    noProblem: "Aucun",
    chartMunicipalities: "Actions et actions réalisées par municipalité",
    chartStatuses: "Actions de la région par statut",
    chartAreas: "Statut des actions par champ d'action",
    missingOutput: "il manque le classeur régional à créer (-o REGIONAL.xlsx)",
    missingFiles: "il manque les classeurs municipaux à consolider",
    skipped: (file, cause) => `plan-vivant : ${file} : fichier exclu de la consolidation. ${cause}`,
    noUsableFile: "plan-vivant : aucun classeur utilisable : rien n'a été consolidé.",
    written: (file, m, a, s) =>
      `Consolidation écrite dans ${file} : ${frPlural(m, "municipalité", "municipalités")}, ${frPlural(a, "action", "actions")}, ${frPlural(s, "fiche de suivi", "fiches de suivi")}.`,
    skippedSummary: (n) =>
      `${frPlural(n, "fichier exclu", "fichiers exclus")} (voir la feuille « Problèmes »).`,
    problemsSummary: (e, w) =>
      `Problèmes dans les classeurs : ${e === 0 ? "aucune erreur" : frPlural(e, "erreur", "erreurs")}, ${
        w === 0 ? "aucun avertissement" : frPlural(w, "avertissement", "avertissements")
      }.`,
    municipalityLine: (name, a, d, l, b, s, share) =>
      `  ${name} : ${frPlural(a, "action", "actions")}, ${frPlural(d, "réalisée", "réalisées")} (${share}), ${l} en retard, ${frPlural(b, "bloquée", "bloquées")}, ${s} sans suivi récent`,
  },
  en: {
    sheets: { report: "Regional report", actions: "Actions", suivis: "Follow-ups", problems: "Problems" },
    municipality: "Municipality",
    file: "File",
    cell: "Cell",
    severity: "Severity",
    message: "Message",
    cause: "Cause",
    severities: { error: "Error", warning: "Warning" },
    title: "Regional report of the action plans",
    referenceDate: "Reference date",
    generatedAt: "Generated on",
    municipalities: "Municipalities",
    filesSkipped: "Files left out",
    suivis: "Follow-ups",
    byMunicipality: "Actions by municipality",
    actions: "Actions",
    done: "Done",
    late: "Late",
    blocked: "Blocked",
    stale: "No recent follow-up",
    shareDone: "Share done",
    regionTotal: "Region total",
    statuses: "Actions of the region by status",
    status: "Status",
    count: "Count",
    share: "Share",
    byArea: "Actions by area of action and status",
    area: "Area of action",
    total: "Total",
    noArea: "(no area)",
    none: "None",
    problemsTitle: "Problems in the workbooks",
    skippedTitle: "Files left out of the consolidation",
    noProblem: "None",
    chartMunicipalities: "Actions and actions done by municipality",
    chartStatuses: "Actions of the region by status",
    chartAreas: "Status of the actions by area of action",
    missingOutput: "the regional workbook to create is missing (-o REGIONAL.xlsx)",
    missingFiles: "the municipal workbooks to consolidate are missing",
    skipped: (file, cause) => `plan-vivant: ${file}: file left out of the consolidation. ${cause}`,
    noUsableFile: "plan-vivant: no usable workbook: nothing was consolidated.",
    written: (file, m, a, s) =>
      `Consolidation written to ${file}: ${enPlural(m, "municipality", "municipalities")}, ${enPlural(a, "action", "actions")}, ${enPlural(s, "follow-up", "follow-ups")}.`,
    skippedSummary: (n) => `${enPlural(n, "file", "files")} left out (see the "Problems" sheet).`,
    problemsSummary: (e, w) =>
      `Problems in the workbooks: ${e === 0 ? "no errors" : enPlural(e, "error", "errors")}, ${
        w === 0 ? "no warnings" : enPlural(w, "warning", "warnings")
      }.`,
    municipalityLine: (name, a, d, l, b, s, share) =>
      `  ${name}: ${enPlural(a, "action", "actions")}, ${d} done (${share}), ${l} late, ${b} blocked, ${s} without recent follow-up`,
  },
};

/**
 * The bilan as a report document: the Bilan sheet's content from the same figures and the same
 * chart specs (the sheet plan's ChartPlans), laid out for reading. The public version leaves out
 * what REPORT_FIELDS marks internal; nothing else decides what a version shows.
 */
import { BONS_COUPS_SHOWN, bilanLayout, timestamp } from "../domain/bilan/layout";
import { BILAN_SHEET } from "../domain/schema";
import { pointStatutaire, publicSummary } from "../domain/bilan/statutaire";
import { reportShows, type ReportField, type ReportVersion } from "../domain/bilan/report-fields";
import type { BilanFigures } from "../domain/bilan/types";
import { formatInteger, formatMoney, formatNumber, formatPercent } from "../domain/format";
import type { ChartPlan } from "../domain/layout/sheet-plan";
import { STATUSES, label, type StatusId } from "../domain/vocabulary";
import { bilanText } from "../i18n/bilan";
import { reportText } from "../i18n/report";
import type { Block, Card, ReportDocument, Section, TableColumn } from "./document";

export interface BilanDocumentOptions {
  version: ReportVersion;
}

type ChartId = "statuses" | "areas" | "money" | "years" | "progress";

/** The sheet's charts by what they show (their titles are the bilan's own words). */
function chartsById(charts: readonly ChartPlan[], f: BilanFigures): Partial<Record<ChartId, ChartPlan>> {
  const t = bilanText[f.lang];
  const titles: Record<ChartId, string> = {
    statuses: t.chartStatuses,
    areas: t.chartAreas,
    money: t.chartMoney,
    years: t.chartYears,
    progress: t.chartProgress,
  };
  const out: Partial<Record<ChartId, ChartPlan>> = {};
  for (const id of Object.keys(titles) as ChartId[]) {
    const chart = charts.find((c) => c.title === titles[id]);
    if (chart) out[id] = chart;
  }
  return out;
}

/** The money chart without its spent series (the first series is the budget), for a version that does not show spending. */
function budgetOnly(chart: ChartPlan, title: string): ChartPlan {
  return {
    ...chart,
    title,
    series: chart.series.slice(0, 1),
    cache: { categories: chart.cache.categories, values: chart.cache.values.slice(0, 1) },
  };
}

export function bilanDocument(
  f: BilanFigures,
  charts: readonly ChartPlan[],
  options: BilanDocumentOptions,
): ReportDocument {
  const lang = f.lang;
  const t = bilanText[lang];
  const r = reportText[lang];
  const version = options.version;
  const shows = (field: ReportField): boolean => reportShows(field, version, f.header.publicSpending);
  const h = f.header;
  const integer = (n: number): string => formatInteger(n, lang);
  const money = (n: number): string => formatMoney(n, lang, { cents: false });
  const byId = chartsById(charts, f);
  const sections: Section[] = [];

  const facts = [
    {
      field: "header.plan" as const,
      label: t.plan,
      value: h.planType,
    },
    {
      field: "header.planPeriod" as const,
      label: t.planPeriod,
      value: h.planStart || h.planEnd ? `${h.planStart ?? "…"} – ${h.planEnd ?? "…"}` : "",
    },
    { field: "header.referenceDate" as const, label: t.referenceDate, value: f.referenceDate },
    { field: "header.period" as const, label: t.period, value: h.since ?? t.wholePlan },
    { field: "header.generatedAt" as const, label: t.generatedAt, value: timestamp(h.generatedAt) },
  ].filter((x) => x.value !== "" && shows(x.field));

  // Key figures.
  const s = f.totals.byStatus;
  const cards: (Card & { field: ReportField })[] = [
    { field: "keyFigures.actions", id: "actions", label: t.actions, value: integer(f.totals.actions) },
    {
      field: "keyFigures.done",
      id: "done",
      label: r.done,
      value: integer(s.done),
      detail: r.doneDetail(formatPercent(f.totals.shares.done, lang)),
      tone: "good",
    },
    {
      field: "keyFigures.active",
      id: "active",
      label: r.active,
      value: integer(s["in-progress"] + s.ongoing),
      detail: r.activeDetail,
    },
    { field: "keyFigures.late", id: "late", label: t.late, value: integer(f.totals.late), tone: "alert" },
    {
      field: "keyFigures.blocked",
      id: "blocked",
      label: t.blocked,
      value: integer(f.totals.blocked),
      tone: "alert",
    },
    { field: "keyFigures.stale", id: "stale", label: t.stale, value: integer(f.totals.stale) },
    { field: "keyFigures.dueSoon", id: "dueSoon", label: t.dueSoon, value: integer(f.totals.dueSoon) },
    {
      field: "keyFigures.bonsCoups",
      id: "bonsCoups",
      label: r.bonsCoups,
      value: integer(f.bonsCoups.length),
    },
  ];
  sections.push({
    id: "key-figures",
    title: t.keyFigures,
    keepTogether: true,
    blocks: [
      {
        kind: "cards",
        cards: cards
          .filter((c) => shows(c.field))
          .map(({ field: _field, ...card }) =>
            card.tone && card.value === "0" ? { ...card, tone: undefined } : card,
          ),
      },
    ],
  });

  if (shows("statutaire")) {
    sections.push({
      id: "summary",
      title: t.statutaire,
      blocks: [{ kind: "text", text: pointStatutaire(f, lang) }],
    });
  }
  if (shows("publicSummary")) {
    sections.push({
      id: "summary",
      title: r.publicSummary,
      blocks: [{ kind: "text", text: publicSummary(f, lang, shows("money.spent")) }],
    });
  }

  /** A chart's section: titled by the chart itself, unless `title` heads it (then the chart keeps its caption). */
  const chartSection = (id: string, chart: ChartPlan | undefined, extra: Block[] = [], title?: string) => {
    if (!chart) return;
    sections.push({
      id,
      title: title ?? chart.title,
      keepTogether: true,
      blocks: [
        { kind: "chart", chart, format: id === "money" ? "money" : "integer", caption: title !== undefined },
        ...extra,
      ],
    });
  };
  if (shows("chart.statuses")) chartSection("statuses", byId.statuses);
  if (shows("chart.areas")) chartSection("areas", byId.areas);

  if (shows("chart.progress")) {
    const habit: Block[] =
      shows("habit.suivis") && f.progress.length > 0
        ? [
            {
              kind: "table",
              caption: t.progressHabit,
              columns: [
                { label: t.quarter, nowrap: true },
                { label: t.quarterEnd, nowrap: true },
                { label: r.habitSuivis, numeric: true },
                { label: r.habitFollowed, numeric: true },
              ],
              rows: f.progress.map((q) => [
                t.quarterLabel(q.quarter),
                q.end,
                integer(q.suivis),
                formatPercent(q.followedShare, lang),
              ]),
              empty: t.none,
            },
            { kind: "text", note: true, text: r.progressHabitNote(h.followUpDays) },
          ]
        : [];
    chartSection("progress", byId.progress, habit, t.progress);
  }
  if (shows("chart.years")) chartSection("years", byId.years);

  if (byId.money && shows("money.budget")) {
    const m = f.money.total;
    const spent = shows("money.spent");
    const pairs = [
      { label: t.budget, value: money(m.budget) },
      ...(spent ? [{ label: t.spent, value: money(m.spent) }] : []),
      ...(shows("money.hours")
        ? [
            { label: t.plannedHours, value: formatNumber(m.plannedHours, lang) },
            { label: t.hours, value: formatNumber(m.hours, lang) },
          ]
        : []),
    ];
    const extra: Block[] = [{ kind: "pairs", pairs }];
    if (!spent) extra.push({ kind: "text", note: true, text: r.moneyNotShown });
    chartSection("money", spent ? byId.money : budgetOnly(byId.money, r.budgetChart), extra);
  }

  // The first four columns of both action lists: No, action, porteur, status.
  const actionColumns: TableColumn[] = [
    { label: t.no, nowrap: true },
    { label: t.action, wide: true },
    { label: t.porteur },
    { label: t.status },
  ];
  const actionCells = (row: { no: string; action: string; porteur: string | null; status: StatusId }) => [
    row.no,
    row.action,
    row.porteur ?? t.noPorteur,
    label(STATUSES, row.status, lang),
  ];
  if (shows("lateBlocked.action")) {
    sections.push({
      id: "late-blocked",
      title: t.lateBlocked,
      blocks: [
        {
          kind: "table",
          columns: [
            ...actionColumns,
            { label: t.due, nowrap: true },
            { label: t.daysLate, numeric: true },
            { label: t.obstacles, wide: true },
            { label: t.nextSteps, wide: true },
          ],
          rows: f.lateBlocked.map((row) => [
            ...actionCells(row),
            row.due ?? "",
            row.daysLate === null ? "" : integer(row.daysLate),
            row.obstacles ?? "",
            row.nextSteps ?? "",
          ]),
          empty: t.none,
        },
      ],
    });
  }
  if (shows("stale.action")) {
    sections.push({
      id: "stale",
      title: t.staleList,
      blocks: [
        {
          kind: "table",
          columns: [
            ...actionColumns,
            { label: t.lastSuivi, nowrap: true },
            { label: t.daysSince, numeric: true },
          ],
          rows: f.stale.map((row) => [
            ...actionCells(row),
            row.lastSuivi ?? t.neverFollowed,
            row.daysSince === null ? "" : integer(row.daysSince),
          ]),
          empty: t.none,
        },
      ],
    });
  }
  if (shows("bonsCoups.achievements")) {
    const shown = f.bonsCoups.slice(-BONS_COUPS_SHOWN).reverse();
    const blocks: Block[] = [
      {
        kind: "table",
        columns: [
          { label: t.date },
          { label: t.no },
          { label: t.action, wide: true },
          { label: t.achievements, wide: true },
        ],
        rows: shown.map((row) => [row.date, row.no, row.action, row.achievements ?? ""]),
        empty: t.none,
      },
    ];
    if (shown.length < f.bonsCoups.length) {
      blocks.push({
        kind: "text",
        note: true,
        text: t.moreBonsCoups(f.bonsCoups.length - shown.length, shown.length),
      });
    }
    sections.push({ id: "bons-coups", title: t.bonsCoups, blocks });
  }

  const title = version === "public" ? r.publicTitle : r.documentTitle;
  return {
    lang,
    title,
    subtitle: h.title,
    organisation: h.organisation,
    facts,
    running: {
      header: [h.organisation, h.title ?? title].filter((x) => x).join(" – "),
      footer: r.footer(f.referenceDate),
    },
    sections,
  };
}

/** The bilan's report from its figures: the Bilan sheet's charts (its sheet plan), laid out as a document. */
export function bilanReport(f: BilanFigures, options: BilanDocumentOptions): ReportDocument {
  return bilanDocument(f, bilanLayout(f, f.lang, BILAN_SHEET[f.lang]).charts, options);
}

/** The Bilan's charts: absolute references into the sheet's own tables, with cached values. */
import type { Lang } from "../lang";
import type { ChartPlan } from "../layout/sheet-plan";
import { STATUS_IDS, STATUSES, type StatusId } from "../vocabulary";
import { bilanText } from "../../i18n/bilan";
import { absRange } from "./sheet-writer";
import type { BilanFigures } from "./types";

/** One fixed colour per status, everywhere a status is drawn. */
export const STATUS_COLORS: Record<StatusId, string> = {
  done: "2E7D32", // green
  "in-progress": "1E88E5", // blue
  ongoing: "00897B", // teal
  "not-started": "9E9E9E", // grey
  postponed: "FFB300", // amber
  blocked: "E53935", // red
  "partly-done": "9CCC65", // light green
  dropped: "616161", // dark grey
};

export const PLANNED_COLOR = "90A4AE";
export const SPENT_COLOR = "1565C0";

/** First data row (and row count) of each table a chart draws from; label column B. */
export interface ChartBlocks {
  statuses: number;
  areas: { first: number; count: number };
  money: { first: number; count: number };
  years: { first: number; count: number };
  progress: { first: number; count: number };
}

const LABEL_COL = 2;
const CHART_ROWS = 18;
const CHART_COLS = 8;

export function bilanCharts(
  f: BilanFigures,
  lang: Lang,
  sheet: string,
  blocks: ChartBlocks,
  chartCol: number,
): ChartPlan[] {
  const t = bilanText[lang];
  const charts: ChartPlan[] = [];
  const anchor = (): ChartPlan["anchor"] => ({
    row: 1 + charts.length * (CHART_ROWS + 1),
    col: chartCol,
    rows: CHART_ROWS,
    cols: CHART_COLS,
  });
  const labels = (first: number, count: number): string =>
    absRange(sheet, first, LABEL_COL, first + count - 1, LABEL_COL);
  const values = (first: number, count: number, col: number): string =>
    absRange(sheet, first, col, first + count - 1, col);
  /** One series per status, from a block whose status counts start in column C. */
  const statusSeries = (first: number, count: number) =>
    STATUSES.map((s, i) => ({
      name: s[lang],
      values: values(first, count, 3 + i),
      color: STATUS_COLORS[s.id],
    }));

  if (f.totals.actions > 0) {
    const first = blocks.statuses;
    charts.push({
      kind: "doughnut",
      title: t.chartStatuses,
      categories: labels(first, STATUS_IDS.length),
      series: [{ name: t.count, values: values(first, STATUS_IDS.length, 3) }],
      cache: {
        categories: STATUSES.map((s) => s[lang]),
        values: [STATUS_IDS.map((id) => f.totals.byStatus[id])],
      },
      anchor: anchor(),
      pointColors: STATUS_IDS.map((id) => STATUS_COLORS[id]),
    });
  }

  const areas = blocks.areas;
  if (areas.count > 0 && f.totals.actions > 0) {
    charts.push({
      kind: "bar-stacked",
      title: t.chartAreas,
      categories: labels(areas.first, areas.count),
      series: statusSeries(areas.first, areas.count),
      cache: {
        categories: f.byArea.map((r) => r.label),
        values: STATUS_IDS.map((id) => f.byArea.map((r) => r.byStatus[id])),
      },
      anchor: anchor(),
    });
  }

  const money = blocks.money;
  if (money.count > 0 && (f.money.total.budget > 0 || f.money.total.spent > 0)) {
    charts.push({
      kind: "bar-clustered",
      title: t.chartMoney,
      categories: labels(money.first, money.count),
      series: [
        { name: t.budget, values: values(money.first, money.count, 3), color: PLANNED_COLOR },
        { name: t.spent, values: values(money.first, money.count, 4), color: SPENT_COLOR },
      ],
      cache: {
        categories: f.money.byArea.map((r) => r.label),
        values: [f.money.byArea.map((r) => r.budget), f.money.byArea.map((r) => r.spent)],
      },
      anchor: anchor(),
    });
  }

  const years = blocks.years;
  if (years.count > 0) {
    charts.push({
      kind: "column-clustered",
      title: t.chartYears,
      categories: labels(years.first, years.count),
      series: [
        { name: t.planned, values: values(years.first, years.count, 3), color: PLANNED_COLOR },
        { name: t.done, values: values(years.first, years.count, 4), color: STATUS_COLORS.done },
      ],
      cache: {
        categories: f.years.years.map((r) => String(r.year)),
        values: [f.years.years.map((r) => r.planned), f.years.years.map((r) => r.done)],
      },
      anchor: anchor(),
    });
  }

  const progress = blocks.progress;
  if (progress.count > 0 && f.totals.actions > 0) {
    charts.push({
      kind: "column-stacked",
      title: t.chartProgress,
      categories: labels(progress.first, progress.count),
      series: statusSeries(progress.first, progress.count),
      cache: {
        categories: f.progress.map((q) => t.quarterLabel(q.quarter)),
        values: STATUS_IDS.map((id) => f.progress.map((q) => q.byStatus[id])),
      },
      anchor: anchor(),
    });
  }
  return charts;
}

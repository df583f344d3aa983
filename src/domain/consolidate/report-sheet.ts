/**
 * The regional bilan sheet: key figures, actions by municipality (with the region's total),
 * by status, and by area of action and status, with native charts drawn from those cells.
 */
import { STATUS_COLORS } from "../bilan/charts";
import { SheetWriter, absRange, type BlockColumn } from "../bilan/sheet-writer";
import { dayFromIso } from "../dates";
import type { Lang } from "../lang";
import type { ChartPlan, PlanValue, SheetPlan } from "../layout/sheet-plan";
import { STATUS_IDS, STATUSES, label } from "../vocabulary";
import { consolidateText } from "../../i18n/consolidate";
import type { RegionalFigures } from "./types";

const LAST_COL = 11;
const CHART_COL = 13;
const CHART_ROWS = 18;
const CHART_COLS = 9;
const ALL_COLOR = "90A4AE";

/** `2026-03-15T14:30:00.000Z` shown as `2026-03-15 14:30 UTC`; anything else as given. */
function timestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?(Z)?/.exec(iso);
  return m ? `${m[1]} ${m[2]}${m[3] ? " UTC" : ""}` : iso;
}

/** `generatedAt`: an ISO timestamp given by the caller (the domain reads no clock). */
export function regionalReportSheet(f: RegionalFigures, lang: Lang, generatedAt: string): SheetPlan {
  const t = consolidateText[lang];
  const name = t.sheets.report;
  const w = new SheetWriter(name, LAST_COL);
  w.cell(1, 1, t.title, { bold: true, size: 16, color: "1F3864" });
  w.merge(1, 1, 1, LAST_COL);
  w.row = 3;
  w.pairs(2, [
    { label: t.referenceDate, value: dayFromIso(f.referenceDate) ?? f.referenceDate, format: "date" },
    { label: t.generatedAt, value: timestamp(generatedAt) },
    { label: t.municipalities, value: f.municipalities.length, format: "integer" },
    { label: t.filesSkipped, value: f.skipped.length, format: "integer" },
    { label: t.actions, value: f.total.actions, format: "integer" },
    { label: t.suivis, value: f.total.suivis, format: "integer" },
  ]);

  w.heading(t.byMunicipality);
  const counts: BlockColumn[] = [
    { col: 2, header: t.municipality, wrap: true },
    { col: 3, header: t.actions, format: "integer" },
    { col: 4, header: t.done, format: "integer" },
    { col: 5, header: t.late, format: "integer" },
    { col: 6, header: t.blocked, format: "integer" },
    { col: 7, header: t.stale, format: "integer" },
    { col: 8, header: t.shareDone, format: "percent" },
  ];
  const row = (n: string, c: RegionalFigures["total"]): PlanValue[] => [
    n,
    c.actions,
    c.done,
    c.late,
    c.blocked,
    c.stale,
    c.shareDone,
  ];
  const byMunicipality = w.block(
    counts,
    [...f.municipalities.map((m) => row(m.name, m)), row(t.regionTotal, f.total)],
    t.none,
    [f.municipalities.length],
  );

  w.heading(t.statuses);
  const statuses = w.block(
    [
      { col: 2, header: t.status },
      { col: 3, header: t.count, format: "integer" },
      { col: 4, header: t.share, format: "percent" },
    ],
    STATUS_IDS.map((id) => [label(STATUSES, id, lang), f.total.byStatus[id], f.shares[id]]),
    t.none,
  );

  w.heading(t.byArea);
  const areas = w.block(
    [
      { col: 2, header: t.area, wrap: true },
      ...STATUSES.map((s, i) => ({ col: 3 + i, header: s[lang], format: "integer" as const })),
      { col: 3 + STATUSES.length, header: t.total, format: "integer" },
    ],
    f.byArea.map((r) => [r.label, ...STATUS_IDS.map((id) => r.byStatus[id]), r.actions]),
    t.none,
  );

  const plan = w.plan;
  plan.charts = regionalCharts(f, lang, name, {
    municipalities: byMunicipality.firstRow,
    statuses: statuses.firstRow,
    areas: areas.firstRow,
  });
  plan.widths = { 1: 4, 2: 36 };
  for (let c = 3; c <= LAST_COL; c++) plan.widths[c] = 13;
  for (let c = CHART_COL - 1; c < CHART_COL + CHART_COLS; c++) plan.widths[c] = 11;
  plan.freeze = { rows: 1 };
  plan.print = { landscape: true, fitToWidth: true, header: { left: t.title, right: f.referenceDate } };
  return plan;
}

function regionalCharts(
  f: RegionalFigures,
  lang: Lang,
  sheet: string,
  first: { municipalities: number; statuses: number; areas: number },
): ChartPlan[] {
  const t = consolidateText[lang];
  const charts: ChartPlan[] = [];
  if (f.total.actions === 0) return charts;
  const anchor = (rows = CHART_ROWS): ChartPlan["anchor"] => {
    const used = charts.reduce((n, c) => n + c.anchor.rows + 1, 0);
    return { row: 1 + used, col: CHART_COL, rows, cols: CHART_COLS };
  };
  const range = (row: number, count: number, col: number): string =>
    absRange(sheet, row, col, row + count - 1, col);

  const m = f.municipalities.length;
  charts.push({
    kind: "bar-clustered",
    title: t.chartMunicipalities,
    categories: range(first.municipalities, m, 2),
    series: [
      { name: t.actions, values: range(first.municipalities, m, 3), color: ALL_COLOR },
      { name: t.done, values: range(first.municipalities, m, 4), color: STATUS_COLORS.done },
    ],
    cache: {
      categories: f.municipalities.map((x) => x.name),
      values: [f.municipalities.map((x) => x.actions), f.municipalities.map((x) => x.done)],
    },
    anchor: anchor(Math.max(CHART_ROWS, 6 + m * 2)),
  });

  charts.push({
    kind: "doughnut",
    title: t.chartStatuses,
    categories: range(first.statuses, STATUS_IDS.length, 2),
    series: [{ name: t.count, values: range(first.statuses, STATUS_IDS.length, 3) }],
    cache: {
      categories: STATUSES.map((s) => s[lang]),
      values: [STATUS_IDS.map((id) => f.total.byStatus[id])],
    },
    anchor: anchor(),
    pointColors: STATUS_IDS.map((id) => STATUS_COLORS[id]),
  });

  const a = f.byArea.length;
  charts.push({
    kind: "bar-stacked",
    title: t.chartAreas,
    categories: range(first.areas, a, 2),
    series: STATUSES.map((s, i) => ({
      name: s[lang],
      values: range(first.areas, a, 3 + i),
      color: STATUS_COLORS[s.id],
    })),
    cache: {
      categories: f.byArea.map((r) => r.label),
      values: STATUS_IDS.map((id) => f.byArea.map((r) => r.byStatus[id])),
    },
    anchor: anchor(Math.max(CHART_ROWS, 6 + a * 2)),
  });
  return charts;
}

/** The Bilan sheet as a sheet plan: title, key figures, point statutaire, small tables, charts. */
import { dayFromIso } from "../dates";
import type { Lang } from "../lang";
import { fitRowHeights } from "../layout/row-heights";
import type { PlanValue, SheetPlan } from "../layout/sheet-plan";
import { STATUS_IDS, STATUSES, label } from "../vocabulary";
import { bilanText } from "../../i18n/bilan";
import { bilanCharts, type ChartBlocks } from "./charts";
import { pointStatutaire } from "./statutaire";
import { SheetWriter, type BlockColumn, type BlockPlace } from "./sheet-writer";
import type { BilanFigures, BonCoupRow, GroupRow } from "./types";

/** The last column the tables use (K); charts sit from column M on. */
export const LAST_TABLE_COL = 11;
export const CHART_COL = 13;
/** Bons coups listed on the sheet, the most recent ones (the figures keep them all). */
export const BONS_COUPS_SHOWN = 40;

const WIDTHS: Record<number, number> = {
  1: 11,
  2: 42,
  3: 20,
  4: 13,
  5: 13,
  6: 13,
  7: 30,
  8: 30,
  9: 13,
  10: 13,
  11: 13,
};

const day = (iso: string | null): PlanValue => (iso === null ? null : (dayFromIso(iso) ?? iso));

/** `2026-03-15T14:30:00.000Z` shown as `2026-03-15 14:30 UTC`; anything else as given. */
export function timestamp(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::[\d.]+)?(Z)?/.exec(iso);
  return m ? `${m[1]} ${m[2]}${m[3] ? " UTC" : ""}` : iso;
}

function titleBlock(w: SheetWriter, f: BilanFigures, lang: Lang): void {
  const t = bilanText[lang];
  const h = f.header;
  w.cell(1, 1, h.title ? `${t.title} – ${h.title}` : t.title, { bold: true, size: 16, color: "1F3864" });
  w.merge(1, 1, 1, LAST_TABLE_COL);
  w.row = 3;
  const period = h.planStart || h.planEnd ? `${h.planStart ?? "…"} – ${h.planEnd ?? "…"}` : null;
  w.pairs(
    2,
    [
      { label: t.organisation, value: h.organisation },
      { label: t.plan, value: [h.title, h.planType].filter((x) => x).join(" – ") },
      { label: t.planPeriod, value: period },
      { label: t.referenceDate, value: day(h.referenceDate), format: "date" },
      { label: t.period, value: h.since ? day(h.since) : t.wholePlan, format: h.since ? "date" : undefined },
      { label: t.generatedAt, value: timestamp(h.generatedAt) },
    ],
    4,
  );
}

/** The most recent bons coups (No, action, date, achievements over `span` columns), and how many more there are. */
export function bonsCoupsBlock(w: SheetWriter, all: readonly BonCoupRow[], lang: Lang, span: number): void {
  const t = bilanText[lang];
  const shown = all.slice(-BONS_COUPS_SHOWN);
  w.block(
    [
      { col: 1, header: t.no },
      { col: 2, header: t.action, wrap: true },
      { col: 3, header: t.date, format: "date" },
      { col: 4, header: t.achievements, wrap: true, span },
    ],
    shown.map((r) => [r.no, r.action, day(r.date), r.achievements]),
    t.none,
  );
  if (shown.length < all.length) {
    w.row -= 1;
    w.cell(w.row, 1, t.moreBonsCoups(all.length - shown.length, shown.length), { italic: true });
    w.row += 2;
  }
}

function groupRows(rows: GroupRow[]): PlanValue[][] {
  return rows.map((r) => [r.label, r.actions, r.done, r.late, r.blocked]);
}

function statutaireRows(text: string): number {
  return Math.max(5, Math.ceil(text.length / 150) + 2);
}

/** The plan's progress by quarter: statuses at each quarter's end, then the follow-up habit. */
function progressBlocks(w: SheetWriter, f: BilanFigures, lang: Lang): BlockPlace {
  const t = bilanText[lang];
  w.heading(t.progress);
  const place = w.block(
    [
      { col: 2, header: t.quarter },
      ...STATUSES.map((s, i) => ({ col: 3 + i, header: s[lang], format: "integer" as const })),
      { col: 3 + STATUSES.length, header: t.total, format: "integer" },
    ],
    f.progress.map((q) => [
      t.quarterLabel(q.quarter),
      ...STATUS_IDS.map((id) => q.byStatus[id]),
      STATUS_IDS.reduce((n, id) => n + q.byStatus[id], 0),
    ]),
    t.none,
  );
  w.heading(t.progressHabit);
  w.block(
    [
      { col: 2, header: t.quarter },
      { col: 3, header: t.quarterEnd, format: "date" },
      { col: 4, header: t.suivisEntered, format: "integer" },
      { col: 5, header: t.followedShare, format: "percent" },
    ],
    f.progress.map((q) => [t.quarterLabel(q.quarter), day(q.end), q.suivis, q.followedShare]),
    t.none,
  );
  return place;
}

export function bilanLayout(figures: BilanFigures, lang: Lang, sheetName: string): SheetPlan {
  const t = bilanText[lang];
  const f = figures;
  const w = new SheetWriter(sheetName, LAST_TABLE_COL);
  titleBlock(w, f, lang);

  w.heading(t.keyFigures);
  w.pairs(2, [
    { label: t.actions, value: f.totals.actions, format: "integer" },
    { label: t.late, value: f.totals.late, format: "integer" },
    { label: t.blocked, value: f.totals.blocked, format: "integer" },
    { label: t.stale, value: f.totals.stale, format: "integer" },
    { label: t.dueSoon, value: f.totals.dueSoon, format: "integer" },
  ]);

  w.heading(t.statutaire);
  const text = pointStatutaire(f, lang);
  w.paragraph(text, statutaireRows(text));

  w.heading(t.statuses);
  const statuses = w.block(
    [
      { col: 2, header: t.status },
      { col: 3, header: t.count, format: "integer" },
      { col: 4, header: t.share, format: "percent" },
    ],
    STATUS_IDS.map((id) => [label(STATUSES, id, lang), f.totals.byStatus[id], f.totals.shares[id]]),
    t.none,
  );

  w.heading(t.byArea);
  const areaCols: BlockColumn[] = [
    { col: 2, header: t.area, wrap: true },
    ...STATUSES.map((s, i) => ({ col: 3 + i, header: s[lang], format: "integer" as const })),
    { col: 3 + STATUSES.length, header: t.total, format: "integer" },
  ];
  const areas = w.block(
    areaCols,
    f.byArea.map((r) => [r.label, ...STATUS_IDS.map((id) => r.byStatus[id]), r.actions]),
    t.none,
  );

  const groupCols = (first: string): BlockColumn[] => [
    { col: 2, header: first, wrap: true },
    { col: 3, header: t.actions, format: "integer" },
    { col: 4, header: t.done, format: "integer" },
    { col: 5, header: t.late, format: "integer" },
    { col: 6, header: t.blocked, format: "integer" },
  ];
  w.heading(t.byPorteur);
  w.block(groupCols(t.porteur), groupRows(f.byPorteur), t.none);
  w.heading(t.byClientele);
  w.block(groupCols(t.clientele), groupRows(f.byClientele), t.none);

  w.heading(t.lateBlocked);
  w.block(
    [
      { col: 1, header: t.no },
      { col: 2, header: t.action, wrap: true },
      { col: 3, header: t.porteur, wrap: true },
      { col: 4, header: t.status, wrap: true },
      { col: 5, header: t.due, format: "date" },
      { col: 6, header: t.daysLate, format: "integer" },
      { col: 7, header: t.obstacles, wrap: true },
      { col: 8, header: t.nextSteps, wrap: true },
    ],
    f.lateBlocked.map((r) => [
      r.no,
      r.action,
      r.porteur ?? t.noPorteur,
      label(STATUSES, r.status, lang),
      day(r.due),
      r.daysLate,
      r.obstacles,
      r.nextSteps,
    ]),
    t.none,
  );

  w.heading(t.staleList);
  w.block(
    [
      { col: 1, header: t.no },
      { col: 2, header: t.action, wrap: true },
      { col: 3, header: t.porteur, wrap: true },
      { col: 4, header: t.status, wrap: true },
      { col: 5, header: t.lastSuivi, format: "date" },
      { col: 6, header: t.daysSince, format: "integer" },
    ],
    f.stale.map((r) => [
      r.no,
      r.action,
      r.porteur ?? t.noPorteur,
      label(STATUSES, r.status, lang),
      r.lastSuivi === null ? t.neverFollowed : day(r.lastSuivi),
      r.daysSince,
    ]),
    t.none,
  );

  w.heading(t.bonsCoups);
  bonsCoupsBlock(w, f.bonsCoups, lang, 5);

  w.heading(t.money);
  const m = f.money;
  const money = w.block(
    [
      { col: 2, header: t.area, wrap: true },
      { col: 3, header: t.budget, format: "money" },
      { col: 4, header: t.spent, format: "money" },
      { col: 5, header: t.plannedHours, format: "number" },
      { col: 6, header: t.hours, format: "number" },
    ],
    [
      ...m.byArea.map((r) => [r.label, r.budget, r.spent, r.plannedHours, r.hours]),
      ...(m.byArea.length > 0
        ? [[t.total, m.total.budget, m.total.spent, m.total.plannedHours, m.total.hours]]
        : []),
    ],
    t.none,
    [m.byArea.length],
  );

  w.heading(t.years);
  const y = f.years;
  const yearRows: PlanValue[][] = y.years.map((r) => [String(r.year), r.planned, r.done]);
  if (y.noDue.planned > 0) yearRows.push([t.noDue, y.noDue.planned, y.noDue.done]);
  const years = w.block(
    [
      { col: 2, header: t.year },
      { col: 3, header: t.planned, format: "integer" },
      { col: 4, header: t.done, format: "integer" },
    ],
    yearRows,
    t.none,
  );

  const progress = progressBlocks(w, f, lang);

  const blocks: ChartBlocks = {
    statuses: statuses.firstRow,
    areas: { first: areas.firstRow, count: f.byArea.length },
    money: { first: money.firstRow, count: m.byArea.length },
    years: { first: years.firstRow, count: y.years.length },
    progress: { first: progress.firstRow, count: f.progress.length },
  };
  const plan = w.plan;
  plan.charts = bilanCharts(f, lang, sheetName, blocks, CHART_COL);
  plan.widths = { ...WIDTHS };
  for (let c = CHART_COL - 1; c < CHART_COL + 8; c += 1) plan.widths[c] = 11;
  const title = f.header.title ?? t.title;
  plan.print = { landscape: true, fitToWidth: true, header: { left: title, right: f.referenceDate } };
  fitRowHeights(plan);
  return plan;
}

/** The « Bilan de fin de plan » sheet: results, the text for the renewal request, tables by group, charts. */
import { dayFromIso } from "../dates";
import type { Lang } from "../lang";
import { fitRowHeights } from "../layout/row-heights";
import type { ChartPlan, PlanValue, SheetPlan } from "../layout/sheet-plan";
import { label } from "../vocabulary";
import { bilanText } from "../../i18n/bilan";
import { outcomeText } from "../../i18n/outcome";
import { PLANNED_COLOR, SPENT_COLOR, STATUS_COLORS } from "../bilan/charts";
import { bonsCoupsBlock } from "../bilan/layout";
import { SheetWriter, absRange, type BlockColumn } from "../bilan/sheet-writer";
import { OUTCOMES, OUTCOME_IDS, type OutcomeId } from "./outcome";
import { renewalText } from "./renewal";
import type { EndOfPlanFigures, OutcomeGroup } from "./types";

export const OUTCOME_COLORS: Record<OutcomeId, string> = {
  done: STATUS_COLORS.done,
  "partly-done": STATUS_COLORS["partly-done"],
  ongoing: STATUS_COLORS.ongoing,
  "not-done": STATUS_COLORS["not-started"],
  dropped: STATUS_COLORS.dropped,
};

const LAST_COL = 10;
const CHART_COL = 12;
const CHART_ROWS = 18;
const WIDTHS: Record<number, number> = {
  1: 11,
  2: 42,
  3: 16,
  4: 16,
  5: 16,
  6: 16,
  7: 16,
  8: 16,
  9: 13,
  10: 13,
};

const day = (iso: string | null): PlanValue => (iso === null ? null : (dayFromIso(iso) ?? iso));

function groupBlock(w: SheetWriter, rows: OutcomeGroup[], first: string, lang: Lang) {
  const t = outcomeText[lang];
  const columns: BlockColumn[] = [
    { col: 2, header: first, wrap: true },
    ...OUTCOMES.map((o, i) => ({ col: 3 + i, header: o[lang], format: "integer" as const })),
    { col: 3 + OUTCOMES.length, header: bilanText[lang].total, format: "integer" },
    { col: 4 + OUTCOMES.length, header: t.rate, format: "percent" },
  ];
  return w.block(
    columns,
    rows.map((r) => [r.label, ...OUTCOME_IDS.map((id) => r.outcomes[id]), r.actions, r.rate]),
    bilanText[lang].none,
  );
}

export function endOfPlanLayout(f: EndOfPlanFigures, lang: Lang, sheetName: string): SheetPlan {
  const t = outcomeText[lang];
  const b = bilanText[lang];
  const h = f.header;
  const w = new SheetWriter(sheetName, LAST_COL);
  w.cell(1, 1, h.title ? `${t.title} – ${h.title}` : t.title, { bold: true, size: 16, color: "1F3864" });
  w.merge(1, 1, 1, LAST_COL);
  w.row = 3;
  w.pairs(
    2,
    [
      { label: b.organisation, value: h.organisation },
      {
        label: b.planPeriod,
        value: h.planStart || h.planEnd ? `${h.planStart ?? "…"} – ${h.planEnd ?? "…"}` : null,
      },
      { label: t.asOf, value: day(f.referenceDate), format: "date" },
      { label: "", value: h.ended ? t.ended : t.notEnded(h.planEnd) },
    ],
    6,
  );

  w.heading(t.keyFigures);
  w.pairs(2, [
    { label: b.actions, value: f.total.actions, format: "integer" },
    { label: `${t.rate} ${t.rateHint}`, value: f.total.rate, format: "percent" },
    ...OUTCOMES.map((o) => ({ label: o[lang], value: f.total.outcomes[o.id], format: "integer" as const })),
  ]);

  w.heading(t.renewal);
  const text = renewalText(f, lang);
  w.paragraph(text, Math.max(5, Math.ceil(text.length / 140) + 2));

  w.heading(t.outcomesTitle);
  const outcomes = w.block(
    [
      { col: 2, header: t.outcome },
      { col: 3, header: b.count, format: "integer" },
      { col: 4, header: b.share, format: "percent" },
    ],
    OUTCOMES.map((o) => [
      o[lang],
      f.total.outcomes[o.id],
      f.total.actions ? Math.round((f.total.outcomes[o.id] / f.total.actions) * 10_000) / 10_000 : 0,
    ]),
    b.none,
  );

  w.heading(t.byArea);
  const areas = groupBlock(w, f.byArea, b.area, lang);
  w.heading(t.byClientele);
  groupBlock(w, f.byClientele, b.clientele, lang);
  w.heading(t.byPorteur);
  groupBlock(w, f.byPorteur, b.porteur, lang);

  w.heading(t.money);
  const money = w.block(
    [
      { col: 2, header: b.area, wrap: true },
      { col: 3, header: b.budget, format: "money" },
      { col: 4, header: b.spent, format: "money" },
      { col: 5, header: b.plannedHours, format: "number" },
      { col: 6, header: b.hours, format: "number" },
    ],
    [...f.byArea, f.total].map((r) => [r.label, r.budget, r.spent, r.plannedHours, r.hours]),
    b.none,
    [f.byArea.length],
  );

  w.heading(t.actionsList);
  w.block(
    [
      { col: 1, header: b.no },
      { col: 2, header: b.action, wrap: true },
      { col: 3, header: b.porteur, wrap: true },
      { col: 4, header: t.outcome, wrap: true },
      { col: 5, header: t.progress, format: "integer" },
      { col: 6, header: b.lastSuivi, format: "date" },
      { col: 7, header: t.reason, wrap: true, span: 4 },
    ],
    f.actions.map((a) => [
      a.no,
      a.action,
      a.porteur ?? b.noPorteur,
      label(OUTCOMES, a.outcome, lang),
      a.progress,
      day(a.lastSuivi),
      a.reason,
    ]),
    b.none,
  );

  w.heading(t.bonsCoups);
  bonsCoupsBlock(w, f.bonsCoups, lang, 7);

  w.heading(t.reflections);
  w.block(
    [
      { col: 1, header: b.date, format: "date" },
      { col: 2, header: t.instance, wrap: true },
      { col: 3, header: t.wellDone, wrap: true, span: 2 },
      { col: 5, header: t.toImprove, wrap: true, span: 3 },
      { col: 8, header: t.inspires, wrap: true, span: 3 },
    ],
    f.reflections.map((r) => [day(r.date), r.instance, r.wellDone, r.toImprove, r.inspires]),
    b.none,
  );

  const plan = w.plan;
  plan.charts = endOfPlanCharts(f, lang, sheetName, {
    outcomes: outcomes.firstRow,
    areas: { first: areas.firstRow, count: f.byArea.length },
    money: { first: money.firstRow, count: f.byArea.length },
  });
  plan.widths = { ...WIDTHS };
  for (let c = CHART_COL - 1; c < CHART_COL + 8; c += 1) plan.widths[c] = 11;
  plan.print = {
    landscape: true,
    fitToWidth: true,
    header: { left: h.title ?? t.title, right: f.referenceDate },
  };
  fitRowHeights(plan);
  return plan;
}

/** Outcomes (doughnut), outcomes by area (stacked bars) and money by area (bars), from the sheet's own tables. */
export function endOfPlanCharts(
  f: EndOfPlanFigures,
  lang: Lang,
  sheet: string,
  at: { outcomes: number; areas: { first: number; count: number }; money: { first: number; count: number } },
): ChartPlan[] {
  const t = outcomeText[lang];
  const b = bilanText[lang];
  const charts: ChartPlan[] = [];
  const anchor = () => ({
    row: 1 + charts.length * (CHART_ROWS + 1),
    col: CHART_COL,
    rows: CHART_ROWS,
    cols: 8,
  });
  const range = (first: number, count: number, col: number) =>
    absRange(sheet, first, col, first + count - 1, col);
  if (f.total.actions === 0) return charts;
  charts.push({
    kind: "doughnut",
    title: t.chartOutcomes,
    categories: range(at.outcomes, OUTCOMES.length, 2),
    series: [{ name: b.count, values: range(at.outcomes, OUTCOMES.length, 3) }],
    cache: {
      categories: OUTCOMES.map((o) => o[lang]),
      values: [OUTCOME_IDS.map((id) => f.total.outcomes[id])],
    },
    anchor: anchor(),
    pointColors: OUTCOME_IDS.map((id) => OUTCOME_COLORS[id]),
  });
  const { areas, money } = at;
  if (areas.count > 0) {
    charts.push({
      kind: "bar-stacked",
      title: t.chartAreas,
      categories: range(areas.first, areas.count, 2),
      series: OUTCOMES.map((o, i) => ({
        name: o[lang],
        values: range(areas.first, areas.count, 3 + i),
        color: OUTCOME_COLORS[o.id],
      })),
      cache: {
        categories: f.byArea.map((r) => r.label),
        values: OUTCOME_IDS.map((id) => f.byArea.map((r) => r.outcomes[id])),
      },
      anchor: anchor(),
    });
  }
  if (money.count > 0 && (f.total.budget > 0 || f.total.spent > 0)) {
    charts.push({
      kind: "bar-clustered",
      title: t.chartMoney,
      categories: range(money.first, money.count, 2),
      series: [
        { name: b.budget, values: range(money.first, money.count, 3), color: PLANNED_COLOR },
        { name: b.spent, values: range(money.first, money.count, 4), color: SPENT_COLOR },
      ],
      cache: {
        categories: f.byArea.map((r) => r.label),
        values: [f.byArea.map((r) => r.budget), f.byArea.map((r) => r.spent)],
      },
      anchor: anchor(),
    });
  }
  return charts;
}

/**
 * The end-of-plan bilan as a report document, from the same figures and chart specs as the
 * « Bilan de fin de plan » sheet (its sheet plan's ChartPlans): title block, key figures as cards
 * (completion rate, each outcome's count), the text for the renewal request, the charts, the
 * results by area, clientèle and porteur, money and hours planned and spent, each action's outcome
 * with the reason it was dropped, the plan's bons coups and the committee's latest reflections.
 */
import { timestamp } from "../domain/bilan/layout";
import { formatInteger, formatMoney, formatNumber, formatPercent } from "../domain/format";
import type { ChartPlan } from "../domain/layout/sheet-plan";
import { OUTCOMES, OUTCOME_IDS, endOfPlanLayout, renewalText } from "../domain/outcome";
import type { EndOfPlanFigures, OutcomeGroup } from "../domain/outcome";
import { label } from "../domain/vocabulary";
import { bilanText } from "../i18n/bilan";
import { outcomeReportText, outcomeText } from "../i18n/outcome";
import type { Block, Card, ReportDocument, Section, TableColumn } from "./document";

type ChartId = "outcomes" | "areas" | "money";

/** The sheet's charts by what they show (their titles are the sheet's own words). */
function chartsById(charts: readonly ChartPlan[], f: EndOfPlanFigures): Partial<Record<ChartId, ChartPlan>> {
  const t = outcomeText[f.lang];
  const titles: Record<ChartId, string> = {
    outcomes: t.chartOutcomes,
    areas: t.chartAreas,
    money: t.chartMoney,
  };
  const out: Partial<Record<ChartId, ChartPlan>> = {};
  for (const id of Object.keys(titles) as ChartId[]) {
    const chart = charts.find((c) => c.title === titles[id]);
    if (chart) out[id] = chart;
  }
  return out;
}

export function outcomeDocument(f: EndOfPlanFigures, charts: readonly ChartPlan[]): ReportDocument {
  const lang = f.lang;
  const t = outcomeText[lang];
  const r = outcomeReportText[lang];
  const b = bilanText[lang];
  const h = f.header;
  const integer = (n: number): string => formatInteger(n, lang);
  const money = (n: number): string => formatMoney(n, lang, { cents: false });
  const rate = (x: number | null): string => (x === null ? r.noRate : formatPercent(x, lang));
  const byId = chartsById(charts, f);
  const sections: Section[] = [];

  const cards: Card[] = [
    { id: "actions", label: b.actions, value: integer(f.total.actions) },
    { id: "rate", label: t.rate, value: rate(f.total.rate), detail: r.rateDetail, tone: "good" },
    ...OUTCOMES.map((o): Card => ({
      id: o.id,
      label: o[lang],
      value: integer(f.total.outcomes[o.id]),
      ...(o.id === "done" ? { tone: "good" as const } : {}),
    })),
  ];
  sections.push({
    id: "key-figures",
    title: t.keyFigures,
    keepTogether: true,
    blocks: [{ kind: "cards", cards }],
  });
  sections.push({ id: "renewal", title: t.renewal, blocks: [{ kind: "text", text: renewalText(f, lang) }] });

  const chartSection = (id: ChartId, extra: Block[] = []) => {
    const chart = byId[id];
    if (!chart) return;
    sections.push({
      id,
      title: chart.title,
      keepTogether: true,
      blocks: [
        { kind: "chart", chart, format: id === "money" ? "money" : "integer", caption: false },
        ...extra,
      ],
    });
  };
  chartSection("outcomes");

  const groupColumns = (first: string): TableColumn[] => [
    { label: first, wide: true },
    ...OUTCOMES.map((o) => ({ label: o[lang], numeric: true })),
    { label: b.total, numeric: true },
    { label: t.rate, numeric: true },
  ];
  const groupRows = (groups: readonly OutcomeGroup[]) =>
    groups.map((g) => [
      g.label,
      ...OUTCOME_IDS.map((id) => integer(g.outcomes[id])),
      integer(g.actions),
      rate(g.rate),
    ]);
  const groupTable = (groups: readonly OutcomeGroup[], first: string): Block => ({
    kind: "table",
    columns: groupColumns(first),
    rows: groupRows(groups),
    empty: b.none,
  });

  chartSection("areas", [groupTable(f.byArea, b.area)]);
  if (!byId.areas) sections.push({ id: "areas", title: t.byArea, blocks: [groupTable(f.byArea, b.area)] });
  sections.push({ id: "clienteles", title: t.byClientele, blocks: [groupTable(f.byClientele, b.clientele)] });
  sections.push({ id: "porteurs", title: t.byPorteur, blocks: [groupTable(f.byPorteur, b.porteur)] });

  const moneyBlocks: Block[] = [
    {
      kind: "table",
      columns: [
        { label: b.area, wide: true },
        { label: b.budget, numeric: true },
        { label: b.spent, numeric: true },
        { label: b.plannedHours, numeric: true },
        { label: b.hours, numeric: true },
      ],
      rows: [...f.byArea, { ...f.total, label: r.moneyTotals }].map((g) => [
        g.label,
        money(g.budget),
        money(g.spent),
        formatNumber(g.plannedHours, lang),
        formatNumber(g.hours, lang),
      ]),
      empty: b.none,
    },
  ];
  if (byId.money) chartSection("money", moneyBlocks);
  else sections.push({ id: "money", title: t.money, blocks: moneyBlocks });

  sections.push({
    id: "outcomes-list",
    title: t.actionsList,
    blocks: [
      {
        kind: "table",
        columns: [
          { label: b.no, nowrap: true },
          { label: b.action, wide: true },
          { label: b.porteur },
          { label: t.outcome },
          { label: r.progress, numeric: true },
          { label: b.lastSuivi, nowrap: true },
          { label: t.reason, wide: true },
        ],
        rows: f.actions.map((a) => [
          a.no,
          a.action,
          a.porteur ?? b.noPorteur,
          label(OUTCOMES, a.outcome, lang),
          a.progress === null ? "" : formatPercent(a.progress / 100, lang),
          a.lastSuivi ?? "",
          a.reason ?? "",
        ]),
        empty: b.none,
      },
    ],
  });

  sections.push({
    id: "bons-coups",
    title: t.bonsCoups,
    blocks: [
      {
        kind: "table",
        columns: [
          { label: b.date, nowrap: true },
          { label: b.no, nowrap: true },
          { label: b.action, wide: true },
          { label: b.achievements, wide: true },
        ],
        rows: f.bonsCoups.map((row) => [row.date, row.no, row.action, row.achievements ?? ""]),
        empty: b.none,
      },
    ],
  });

  if (f.reflections.length > 0) {
    sections.push({
      id: "reflections",
      title: t.reflections,
      blocks: [
        {
          kind: "table",
          columns: [
            { label: b.date, nowrap: true },
            { label: t.instance },
            { label: t.wellDone, wide: true },
            { label: t.toImprove, wide: true },
            { label: t.inspires, wide: true },
          ],
          rows: f.reflections.map((x) => [
            x.date ?? "",
            x.instance ?? "",
            x.wellDone ?? "",
            x.toImprove ?? "",
            x.inspires ?? "",
          ]),
          empty: b.none,
        },
      ],
    });
  }

  const facts = [
    {
      label: b.planPeriod,
      value: h.planStart || h.planEnd ? `${h.planStart ?? "…"} – ${h.planEnd ?? "…"}` : "",
    },
    { label: t.asOf, value: f.referenceDate },
    { label: r.state, value: h.ended ? t.ended : t.notEnded(h.planEnd) },
    { label: b.generatedAt, value: timestamp(h.generatedAt) },
  ].filter((x) => x.value !== "");

  return {
    lang,
    title: t.title,
    subtitle: h.title,
    organisation: h.organisation,
    facts,
    running: {
      header: [h.organisation, h.title ?? t.title].filter((x) => x).join(" – "),
      footer: r.footer(f.referenceDate),
    },
    sections,
  };
}

/** The end-of-plan report from its figures: the sheet's charts (its sheet plan), laid out as a document. */
export function outcomeReport(f: EndOfPlanFigures): ReportDocument {
  return outcomeDocument(f, endOfPlanLayout(f, f.lang, outcomeText[f.lang].sheet).charts);
}

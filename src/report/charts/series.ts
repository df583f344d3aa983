/** A chart plan's data as the report draws it: categories, series with colours, value text. */
import { formatInteger, formatMoney } from "../../domain/format";
import type { Lang } from "../../domain/lang";
import type { ChartPlan } from "../../domain/layout/sheet-plan";

export type ValueFormat = "integer" | "money";

export interface DrawnSeries {
  name: string;
  colour?: string;
  values: number[];
}

export interface ChartData {
  title: string;
  categories: string[];
  series: DrawnSeries[];
  /** A value as text, in the report's language. */
  text(value: number): string;
  /** `name : value` (French) or `name: value` (English). */
  pair(name: string, value: string): string;
}

/** The chart's cached values (what the sheet shows), one series per plan series. */
export function chartData(chart: ChartPlan, lang: Lang, format: ValueFormat): ChartData {
  const text = (value: number): string =>
    format === "money" ? formatMoney(value, lang, { cents: false }) : formatInteger(value, lang);
  return {
    title: chart.title,
    categories: chart.cache.categories,
    series: chart.series.map((s, i) => ({
      name: s.name,
      colour: s.color,
      values: chart.cache.values[i] ?? [],
    })),
    text,
    pair: (name, value) => `${name}${lang === "fr" ? " : " : ": "}${value}`,
  };
}

/** The series that have anything to show (a legend of eight statuses lists only those present). */
export function presentSeries(data: ChartData): DrawnSeries[] {
  return data.series.filter((s) => s.values.some((v) => v > 0));
}

/** A chart's text alternative: each category and its values by series. */
export function describe(data: ChartData): string {
  return data.categories
    .map((category, i) => {
      const parts = presentSeries(data)
        .filter((s) => (s.values[i] ?? 0) > 0)
        .map((s) =>
          data.series.length === 1 ? data.text(s.values[i]) : `${s.name} ${data.text(s.values[i])}`,
        );
      return data.pair(category, parts.length > 0 ? parts.join(", ") : data.text(0));
    })
    .join("; ");
}

/** One chart of a report: its title, the SVG drawn from its ChartPlan, and a legend that wraps. */
import type { Lang } from "../../domain/lang";
import type { ChartPlan } from "../../domain/layout/sheet-plan";
import { reportText } from "../../i18n/report";
import { Bars } from "./bars";
import { Columns } from "./columns";
import { Doughnut } from "./doughnut";
import { chartData, describe, presentSeries, type ValueFormat } from "./series";
import { colour } from "./scale";

export function ChartFigure({
  chart,
  lang,
  format,
  caption = true,
}: {
  chart: ChartPlan;
  lang: Lang;
  format: ValueFormat;
  /** Writes the chart's title above it; without, the SVG's text alternative still names it. */
  caption?: boolean;
}) {
  const data = chartData(chart, lang, format);
  const t = reportText[lang];
  const alt = t.chartAlt(data.title, describe(data));
  let drawing;
  let legend: { name: string; colour?: string; value?: string }[];
  if (chart.kind === "doughnut") {
    const colours = chart.pointColors ?? [];
    const values = data.series[0]?.values ?? [];
    drawing = <Doughnut data={data} colours={colours} alt={alt} />;
    legend = data.categories
      .map((name, i) => ({ name, colour: colours[i], value: data.text(values[i] ?? 0), n: values[i] ?? 0 }))
      .filter((x) => x.n > 0);
  } else {
    const stacked = chart.kind.endsWith("stacked");
    drawing = chart.kind.startsWith("bar") ? (
      <Bars data={data} stacked={stacked} alt={alt} format={format} />
    ) : (
      <Columns data={data} stacked={stacked} alt={alt} />
    );
    legend = presentSeries(data).map((s) => ({ name: s.name, colour: s.colour }));
  }
  return (
    <figure className={`rk-chart rk-chart-${chart.kind}`}>
      {caption ? <figcaption className="rk-chart-title">{data.title}</figcaption> : null}
      <div className="rk-chart-body">
        {drawing}
        <ul className="rk-legend">
          {legend.map((item) => (
            <li key={item.name}>
              <span
                className="rk-swatch"
                style={{ backgroundColor: colour(item.colour) }}
                aria-hidden="true"
              />
              {item.name}
              {item.value !== undefined ? <span className="rk-legend-value">{item.value}</span> : null}
            </li>
          ))}
        </ul>
      </div>
    </figure>
  );
}

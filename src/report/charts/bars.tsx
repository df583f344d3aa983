/**
 * Horizontal bars (`bar-stacked`, `bar-clustered`): one row per category, its label above its
 * bar, lengths in percent of the width so the chart fits any width with text at its real size.
 */
import type { ChartData } from "./series";
import { clip, colour, pct } from "./scale";

const LABEL = 15;
const BAR = 13;
const GAP = 9;
/** The longest bar's share of the width: the rest is room for the value written after it. */
const ROOM = { integer: 88, money: 68 };

/** A category's name above its bar, cut when too long (the whole name in its tooltip). */
function CategoryLabel({ text, y }: { text: string; y: number }) {
  return (
    <text x="0" y={y} className="rk-label">
      <title>{text}</title>
      {clip(text)}
    </text>
  );
}

export function Bars({
  data,
  stacked,
  alt,
  format,
}: {
  data: ChartData;
  stacked: boolean;
  alt: string;
  format: keyof typeof ROOM;
}) {
  const room = ROOM[format];
  const n = data.categories.length;
  const perSeries = stacked ? 1 : data.series.length;
  const rowHeight = LABEL + perSeries * BAR + (perSeries - 1) * 2 + GAP;
  const totals = data.categories.map((_, i) => data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = stacked ? Math.max(0, ...totals) : Math.max(0, ...data.series.flatMap((s) => s.values));
  return (
    <svg className="rk-bars" width="100%" height={n * rowHeight} role="img" aria-label={alt}>
      {data.categories.map((category, i) => {
        const top = i * rowHeight;
        const barTop = top + LABEL;
        if (stacked) {
          let sum = 0;
          return (
            <g key={i}>
              <CategoryLabel text={category} y={top + LABEL - 4} />
              {data.series.map((s, j) => {
                const value = s.values[i] ?? 0;
                if (value <= 0) return null;
                const x = pct(sum, max, room);
                sum += value;
                return (
                  <rect
                    key={j}
                    x={x}
                    y={barTop}
                    width={pct(value, max, room)}
                    height={BAR}
                    fill={colour(s.colour)}
                  >
                    <title>{data.pair(`${category} – ${s.name}`, data.text(value))}</title>
                  </rect>
                );
              })}
              <text
                x={pct(totals[i], max, room)}
                dx={totals[i] > 0 ? 4 : 0}
                y={barTop + BAR - 2}
                className="rk-value"
              >
                {data.text(totals[i])}
              </text>
            </g>
          );
        }
        return (
          <g key={i}>
            <CategoryLabel text={category} y={top + LABEL - 4} />
            {data.series.map((s, j) => {
              const value = s.values[i] ?? 0;
              const y = barTop + j * (BAR + 2);
              return (
                <g key={j}>
                  {value > 0 ? (
                    <rect x="0" y={y} width={pct(value, max, room)} height={BAR} fill={colour(s.colour)}>
                      <title>{data.pair(`${category} – ${s.name}`, data.text(value))}</title>
                    </rect>
                  ) : null}
                  <text x={pct(value, max, room)} dx={value > 0 ? 4 : 0} y={y + BAR - 2} className="rk-value">
                    {data.text(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

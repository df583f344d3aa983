/**
 * Vertical columns (`column-stacked`, `column-clustered`): categories across, values up, a round
 * scale with light grid lines. Widths are in percent (any width), heights and text in pixels.
 * Quarter labels (`2025-T1`, `2025 Q1`) are written in two lines: the quarter, and the year
 * under its first quarter.
 */
import type { ChartData } from "./series";
import { colour, pct, ticks } from "./scale";

const TOP = 14;
const PLOT = 170;
const AXIS = 34;

/** The left part of the width kept for the scale's numbers. */
const LEFT = 7;

const QUARTER = /^(\d{4})[- ](\S+)$/;

function categoryLines(categories: string[]): [string, string][] {
  const quarters = categories.every((c) => QUARTER.test(c));
  if (!quarters) return categories.map((c) => [c, ""]);
  let year = "";
  return categories.map((c) => {
    const [, y, q] = QUARTER.exec(c) as RegExpExecArray;
    const shown = y === year ? "" : y;
    year = y;
    return [q, shown];
  });
}

export function Columns({ data, stacked, alt }: { data: ChartData; stacked: boolean; alt: string }) {
  const n = data.categories.length;
  const totals = data.categories.map((_, i) => data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = stacked ? Math.max(0, ...totals) : Math.max(0, ...data.series.flatMap((s) => s.values));
  const scale = ticks(max);
  const top = scale[scale.length - 1];
  const y = (value: number): number => TOP + PLOT - (value / top) * PLOT;
  const slot = (100 - LEFT) / Math.max(n, 1);
  const lines = categoryLines(data.categories);
  // Every label when they fit at about 40 px each on a narrow pane; else every k-th.
  const every = Math.max(1, Math.ceil(n / 12));
  const width = stacked ? slot * 0.6 : (slot * 0.8) / Math.max(data.series.length, 1);
  return (
    <svg className="rk-columns" width="100%" height={TOP + PLOT + AXIS} role="img" aria-label={alt}>
      {scale.map((v) => (
        <g key={v}>
          <line x1={`${LEFT}%`} x2="100%" y1={y(v)} y2={y(v)} className={v === 0 ? "rk-axis" : "rk-grid"} />
          {v > 0 ? (
            <text x={`${LEFT - 1}%`} y={y(v) + 3} textAnchor="end" className="rk-tick">
              {data.text(v)}
            </text>
          ) : null}
        </g>
      ))}
      {data.categories.map((category, i) => {
        const centre = LEFT + slot * i + slot / 2;
        let sum = 0;
        return (
          <g key={i}>
            {data.series.map((s, j) => {
              const value = s.values[i] ?? 0;
              if (value <= 0) return null;
              const x = stacked ? centre - width / 2 : centre - (width * data.series.length) / 2 + j * width;
              const base = stacked ? sum : 0;
              if (stacked) sum += value;
              return (
                <rect
                  key={j}
                  x={`${Math.round(x * 1000) / 1000}%`}
                  y={y(base + value)}
                  width={`${Math.round(width * 1000) / 1000}%`}
                  height={Math.max(0, y(base) - y(base + value))}
                  fill={colour(s.colour)}
                >
                  <title>{data.pair(`${category} – ${s.name}`, data.text(value))}</title>
                </rect>
              );
            })}
            {i % every === 0 || lines[i][1] !== "" ? (
              <text x={pct(centre, 100)} y={TOP + PLOT + 14} textAnchor="middle" className="rk-label">
                {lines[i][0]}
                {lines[i][1] ? (
                  <tspan x={pct(centre, 100)} dy="14">
                    {lines[i][1]}
                  </tspan>
                ) : null}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** A doughnut: one ring of the points that are not 0, the total in the middle. */
import type { ChartData } from "./series";
import { colour } from "./scale";

const SIZE = 200;
const OUTER = 96;
const INNER = 58;

function point(angle: number, radius: number): string {
  const x = SIZE / 2 + radius * Math.sin(angle);
  const y = SIZE / 2 - radius * Math.cos(angle);
  return `${Math.round(x * 100) / 100} ${Math.round(y * 100) / 100}`;
}

/** The ring's slice from `start` to `end` (radians, clockwise from the top). */
function slice(start: number, end: number): string {
  const large = end - start > Math.PI ? 1 : 0;
  return [
    `M ${point(start, OUTER)}`,
    `A ${OUTER} ${OUTER} 0 ${large} 1 ${point(end, OUTER)}`,
    `L ${point(end, INNER)}`,
    `A ${INNER} ${INNER} 0 ${large} 0 ${point(start, INNER)}`,
    "Z",
  ].join(" ");
}

export function Doughnut({ data, colours, alt }: { data: ChartData; colours: string[]; alt: string }) {
  const values = data.series[0]?.values ?? [];
  const total = values.reduce((a, b) => a + b, 0);
  let angle = 0;
  return (
    <svg className="rk-doughnut" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={alt}>
      {values.map((value, i) => {
        if (value <= 0) return null;
        const start = angle;
        angle += (value / total) * 2 * Math.PI;
        const title = data.pair(data.categories[i], data.text(value));
        // A single slice is a whole ring: two half arcs draw it.
        const d =
          value === total ? `${slice(0, Math.PI)} ${slice(Math.PI, 2 * Math.PI)}` : slice(start, angle);
        return (
          <path key={i} d={d} fill={colour(colours[i])} stroke="#fff" strokeWidth={value === total ? 0 : 1.5}>
            <title>{title}</title>
          </path>
        );
      })}
      <text x={SIZE / 2} y={SIZE / 2 + 2} textAnchor="middle" className="rk-doughnut-total">
        {data.text(total)}
      </text>
    </svg>
  );
}

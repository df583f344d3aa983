/** Axis arithmetic for the report's charts: a round top value and its ticks. */

/** The smallest "nice" number (1, 2, 2.5, 5 or 10 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Ticks from 0 to a round top at or above `max`, about `count` of them, whole numbers when `whole`. */
export function ticks(max: number, count = 4, whole = true): number[] {
  let step = niceCeiling(max / count);
  if (whole) step = Math.max(1, Math.ceil(step));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

/** A share of `max` as an SVG percentage, kept to 3 decimals: `37.5%`. */
export function pct(value: number, max: number, room = 100): string {
  const share = max <= 0 ? 0 : (value / max) * room;
  return `${Math.round(share * 1000) / 1000}%`;
}

/** `#RRGGBB` from a plan's `RRGGBB`, grey when none. */
export function colour(hex: string | undefined): string {
  return `#${hex ?? "9E9E9E"}`;
}

/** A label cut to `max` characters with an ellipsis (SVG text does not wrap). */
export function clip(text: string, max = 46): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

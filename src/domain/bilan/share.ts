/** A share rounded to 4 decimals (0.3333), 0 when there is nothing to share. */
export function share(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 10_000) / 10_000;
}

/** Whether Office shows a dark theme (when running inside Office; light otherwise). */
interface OfficeLike {
  context?: { officeTheme?: { bodyBackgroundColor?: string } };
}

export function officeThemeIsDark(): boolean {
  const office = (globalThis as { Office?: OfficeLike }).Office;
  const color = office?.context?.officeTheme?.bodyBackgroundColor;
  const m = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color) : null;
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

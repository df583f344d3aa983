/**
 * Which theme the pane shows. Inside Office: Office's theme (`Office.context.officeTheme`: light
 * for White and Colorful, dark for Dark Gray and Black); on the standalone page: the browser's
 * prefers-color-scheme. Windows high contrast (forced colors) wins over both. Updated live on
 * the media queries' changes and, where the host raises it, on Office's OfficeThemeChanged.
 */

export type PaneTheme = "light" | "dark" | "high-contrast";

/** The parts of `Office.OfficeTheme` the choice reads (every host gives the colours; isDarkTheme is newer). */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

export interface ThemeInputs {
  /** Office's theme, when the pane runs inside Office. */
  office?: OfficeThemeLike;
  /** `(prefers-color-scheme: dark)` matches. */
  prefersDark: boolean;
  /** `(forced-colors: active)` matches: Windows high contrast. */
  forcedColors: boolean;
}

/** Relative lightness of a `#RRGGBB` colour, 0 (black) to 1 (white); undefined for anything else. */
export function lightness(color: string | undefined): number | undefined {
  const m = color ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim()) : null;
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeChoice({ office, prefersDark, forcedColors }: ThemeInputs): PaneTheme {
  if (forcedColors) return "high-contrast";
  if (office) {
    if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
    const l = lightness(office.bodyBackgroundColor);
    if (l !== undefined) return l < 0.5 ? "dark" : "light";
  }
  return prefersDark ? "dark" : "light";
}

interface OfficeGlobal {
  context?: {
    officeTheme?: OfficeThemeLike;
    document?: {
      addHandlerAsync?(type: unknown, handler: (event: { officeTheme?: OfficeThemeLike }) => void): void;
    };
  };
  EventType?: { OfficeThemeChanged?: unknown };
}

const officeGlobal = () => (globalThis as { Office?: OfficeGlobal }).Office;

const media = (query: string): MediaQueryList | undefined =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(query)
    : undefined;

const DARK = "(prefers-color-scheme: dark)";
const FORCED = "(forced-colors: active)";

/** The theme as the host shows it now. */
export function currentTheme(
  office: OfficeThemeLike | undefined = officeGlobal()?.context?.officeTheme,
): PaneTheme {
  return themeChoice({
    office,
    prefersDark: media(DARK)?.matches ?? false,
    forcedColors: media(FORCED)?.matches ?? false,
  });
}

/** Calls `onChange` with the new theme whenever it changes; returns a function that stops watching. */
export function watchTheme(onChange: (theme: PaneTheme) => void): () => void {
  let office = officeGlobal()?.context?.officeTheme;
  const update = () => onChange(currentTheme(office));
  const lists = [media(DARK), media(FORCED)].filter((l): l is MediaQueryList => l !== undefined);
  for (const list of lists) list.addEventListener?.("change", update);
  let alive = true;
  // OfficeThemeChanged is documented for Outlook only (Mailbox 1.14); where the host does not
  // raise it, the theme read when the pane opened stays until it opens again.
  const Office = officeGlobal();
  const type = Office?.EventType?.OfficeThemeChanged;
  if (type !== undefined) {
    try {
      Office?.context?.document?.addHandlerAsync?.(type, (event) => {
        office = event.officeTheme ?? officeGlobal()?.context?.officeTheme;
        if (alive) update();
      });
    } catch {
      // The host does not raise it.
    }
  }
  return () => {
    alive = false;
    for (const list of lists) list.removeEventListener?.("change", update);
  };
}

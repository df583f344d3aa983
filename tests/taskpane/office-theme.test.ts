/** @jest-environment jsdom */
import { currentTheme, lightness, themeChoice, watchTheme } from "../../src/taskpane/office-theme";

// Office's four themes as `Office.context.officeTheme` gives their body colours (Excel on Windows).
const WHITE = { bodyBackgroundColor: "#FFFFFF" };
const COLORFUL = { bodyBackgroundColor: "#E6E6E6" };
const DARK_GRAY = { bodyBackgroundColor: "#666666" };
const BLACK = { bodyBackgroundColor: "#262626" };

const browser = { prefersDark: false, forcedColors: false };

describe("themeChoice", () => {
  test("inside Office: White and Colorful are light, Dark Gray and Black dark, whatever the browser prefers", () => {
    for (const prefersDark of [false, true]) {
      expect(themeChoice({ office: WHITE, prefersDark, forcedColors: false })).toBe("light");
      expect(themeChoice({ office: COLORFUL, prefersDark, forcedColors: false })).toBe("light");
      expect(themeChoice({ office: DARK_GRAY, prefersDark, forcedColors: false })).toBe("dark");
      expect(themeChoice({ office: BLACK, prefersDark, forcedColors: false })).toBe("dark");
    }
  });

  test("Office's isDarkTheme, where the host gives it, decides over the colours", () => {
    expect(themeChoice({ office: { ...WHITE, isDarkTheme: true }, ...browser })).toBe("dark");
    expect(themeChoice({ office: { ...BLACK, isDarkTheme: false }, ...browser })).toBe("light");
  });

  test("outside Office (or with no usable colour): the browser's prefers-color-scheme", () => {
    expect(themeChoice({ prefersDark: false, forcedColors: false })).toBe("light");
    expect(themeChoice({ prefersDark: true, forcedColors: false })).toBe("dark");
    expect(
      themeChoice({ office: { bodyBackgroundColor: "black" }, prefersDark: true, forcedColors: false }),
    ).toBe("dark");
  });

  test("Windows high contrast (forced colors) wins over Office's theme and the browser's", () => {
    expect(themeChoice({ office: WHITE, prefersDark: false, forcedColors: true })).toBe("high-contrast");
    expect(themeChoice({ office: BLACK, prefersDark: true, forcedColors: true })).toBe("high-contrast");
    expect(themeChoice({ prefersDark: true, forcedColors: true })).toBe("high-contrast");
  });

  test("lightness reads #RRGGBB with or without #, and nothing else", () => {
    expect(lightness("#FFFFFF")).toBeCloseTo(1);
    expect(lightness("000000")).toBe(0);
    expect(lightness("#fff")).toBeUndefined();
    expect(lightness(undefined)).toBeUndefined();
  });
});

describe("the host's theme, live", () => {
  const scope = globalThis as { Office?: unknown };
  let matches: Record<string, boolean>;
  let listeners: Record<string, (() => void)[]>;
  beforeEach(() => {
    matches = {};
    listeners = {};
    window.matchMedia = ((query: string) => ({
      get matches() {
        return matches[query] ?? false;
      },
      addEventListener: (_: string, f: () => void) => (listeners[query] ??= []).push(f),
      removeEventListener: (_: string, f: () => void) =>
        (listeners[query] = (listeners[query] ?? []).filter((g) => g !== f)),
    })) as unknown as typeof window.matchMedia;
  });
  afterEach(() => delete scope.Office);
  const fire = (query: string, value: boolean) => {
    matches[query] = value;
    for (const f of listeners[query] ?? []) f();
  };

  test("the standalone page follows prefers-color-scheme and forced colors as they change", () => {
    const seen: string[] = [];
    const stop = watchTheme((t) => seen.push(t));
    expect(currentTheme()).toBe("light");
    fire("(prefers-color-scheme: dark)", true);
    fire("(forced-colors: active)", true);
    fire("(forced-colors: active)", false);
    stop();
    fire("(prefers-color-scheme: dark)", false);
    expect(seen).toEqual(["dark", "high-contrast", "dark"]);
  });

  test("inside Office: Office's theme, then the one OfficeThemeChanged hands, where the host raises it", () => {
    let handler: ((event: { officeTheme?: object }) => void) | undefined;
    scope.Office = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: {
        officeTheme: WHITE,
        document: { addHandlerAsync: (_: unknown, h: typeof handler) => (handler = h) },
      },
    };
    matches["(prefers-color-scheme: dark)"] = true;
    expect(currentTheme()).toBe("light");
    const seen: string[] = [];
    const stop = watchTheme((t) => seen.push(t));
    handler?.({ officeTheme: BLACK });
    stop();
    expect(seen).toEqual(["dark"]);
  });

  test("a host that refuses OfficeThemeChanged keeps the theme read at load, without an error", () => {
    scope.Office = {
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
      context: {
        officeTheme: BLACK,
        document: {
          addHandlerAsync: () => {
            throw new Error("not supported");
          },
        },
      },
    };
    expect(() => watchTheme(() => undefined)()).not.toThrow();
    expect(currentTheme()).toBe("dark");
  });
});

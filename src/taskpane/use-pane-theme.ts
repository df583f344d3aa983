/** The pane's theme as a React state that follows the host, and Fluent's theme for it. */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { currentTheme, watchTheme, type PaneTheme } from "./office-theme";

export const FLUENT_THEMES: Record<PaneTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

/** `fixed` when the caller decides (tests, a host that passes it down); else the host's, kept live. */
export function usePaneTheme(fixed?: PaneTheme): PaneTheme {
  const [theme, setTheme] = useState<PaneTheme>(() => fixed ?? currentTheme());
  useEffect(() => {
    if (fixed) return;
    setTheme(currentTheme());
    return watchTheme(setTheme);
  }, [fixed]);
  return fixed ?? theme;
}

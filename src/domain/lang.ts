/** The two languages of Plan vivant: French first (Quebec usage), English on request. */
export type Lang = "fr" | "en";

export const LANGS: readonly Lang[] = ["fr", "en"];

export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}

/** French for any French locale (fr, fr-CA, fr-FR...), English otherwise. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^fr\b/i.test(locale) ? "fr" : "en";
}

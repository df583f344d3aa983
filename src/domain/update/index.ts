/** Keeping the plan up to date: postpone or drop an action, its history kept in `Suivis`. */
export * from "./inputs";
export * from "./validate";
export * from "./rows";

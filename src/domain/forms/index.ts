/** The action and suivi forms: inputs, validation with the reader's rules, rows to write. */
export * from "./inputs";
export * from "./validate-action";
export * from "./validate-suivi";
export * from "./rows";
export * from "./prefill";
export * from "./find-action";

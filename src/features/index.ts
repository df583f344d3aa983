/** The flows the task pane, the CLI and the standalone page share: one read, at most one write each. */
export * from "./load-plan";
export * from "./start-workbook";
export * from "./save-action";
export * from "./add-suivi";
export * from "./make-bilan";

/** The end of the plan: each action's final outcome, the end-of-plan bilan and its sheet, the text for the renewal request. */
export * from "./figures";
export * from "./layout";
export * from "./outcome";
export * from "./renewal";
export type * from "./types";

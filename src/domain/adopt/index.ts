/** Adopting an existing plan: find its header row, propose a mapping, convert it into the tracking tables. */
export * from "./targets";
export * from "./similarity";
export * from "./header-row";
export * from "./sniff";
export * from "./sources";
export * from "./propose";
export * from "./convert";
export * from "./tracking-plan";
export * from "./mapping";

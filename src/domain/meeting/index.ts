/** Meetings: which body meets, what it reviews, the point statutaire it gets, the round and its record. */
export * from "./agenda";
export * from "./instance";
export * from "./record";
export * from "./round";
export * from "./statutaire";

/**
 * Limits no real action plan reaches (the 2,000-action / 50,000-follow-up workbook inflates to
 * about 40 MB and holds about a million cells): past them the reader stops with a `limit` error
 * naming the part, rather than letting a hostile or mistaken file exhaust the memory.
 */

/** Inflated bytes of one part, at most. */
export const MAX_PART_BYTES = 200 * 1024 * 1024;

/** Inflated bytes of all the parts read, together, at most. */
export const MAX_TOTAL_BYTES = 500 * 1024 * 1024;

/** Cells of the whole workbook, at most. */
export const MAX_CELLS = 5_000_000;

/**
 * A sheet without a table is read down to a run of this many empty rows: what follows (a stray
 * cell at row 1,048,576) is left out, with a warning that names where the sheet was cut.
 */
export const MAX_EMPTY_ROWS = 1000;

/** Likewise across: a row is read up to a run of this many empty columns. */
export const MAX_EMPTY_COLUMNS = 256;

/** Cells of a sheet's used range (values and blanks between them), at most, before it is cut. */
export const MAX_GRID_SLOTS = 4_000_000;

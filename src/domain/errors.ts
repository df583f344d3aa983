/**
 * Why a workbook cannot be used or changed: one code per cause a person can act on. Every host
 * (Excel, the .xlsx files, the page) raises these codes, and src/i18n words them.
 */
export type WorkbookErrorCode =
  | "not-found"
  | "not-xlsx"
  | "unreadable"
  | "missing-table"
  | "missing-column"
  | "write-refused"
  | "would-lose"
  | "exists"
  | "cell-edit"
  | "requirement-set"
  /** Excel on the web refused an exchange over its 5 MB limit, even in smaller pieces. */
  | "too-large"
  /** The file has no bytes at all. */
  | "empty-file"
  /** The path names a folder, not a file. */
  | "is-directory"
  /** The file exists but may not be read (or written) by this user. */
  | "no-permission"
  /** The folder a file should be written to cannot be written (params: folder). */
  | "folder-not-writable"
  /** The workbook is protected by a password (an encrypted OLE2 container, not a zip). */
  | "encrypted"
  /** A part of the package is damaged: not well-formed XML, a broken zip entry (params: part, cause). */
  | "damaged"
  /** A part declares a text encoding Plan vivant cannot decode (params: part, encoding). */
  | "encoding"
  /** A part passes a limit no real plan reaches: inflated size or cell count (params: part, limit). */
  | "limit"
  /** A macro-enabled workbook (.xlsm) would be written under an .xlsx name, which Excel refuses to open. */
  | "macro-type"
  /** A protected sheet or workbook structure refused the change (params: sheet). */
  | "protected";

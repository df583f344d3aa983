/**
 * Why the reader stops: a code a person can act on (src/domain/errors.ts) and what the message
 * names. read.ts turns it into a WorkbookError in the user's language.
 */
import type { WorkbookErrorCode } from "../../../domain/errors";

export type ReadFailureCode = Extract<
  WorkbookErrorCode,
  "empty-file" | "not-xlsx" | "encrypted" | "unreadable" | "damaged" | "encoding" | "limit"
>;

/** What went wrong, in words read.ts localizes. */
export type ReadCause =
  /** The zip's central directory is missing or damaged (a truncated download). */
  | { kind: "zip" }
  /** An entry is compressed by a method other than store and deflate, or is encrypted. */
  | { kind: "zip-method" }
  /** An entry's compressed data does not inflate. */
  | { kind: "inflate" }
  /** Not well-formed XML, at an offset of the decoded text. */
  | { kind: "xml"; offset: number }
  /** A part the workbook needs is absent. */
  | { kind: "missing" }
  /** The bytes are not valid in the part's declared encoding. */
  | { kind: "bytes"; encoding: string };

export type ReadLimit =
  | { kind: "bytes"; bytes: number }
  | { kind: "cells"; cells: number }
  /** One element or text longer than this, in characters (MAX_TOKEN_CHARS). */
  | { kind: "token"; chars: number };

export class ReadFailure extends Error {
  constructor(
    readonly code: ReadFailureCode,
    readonly part?: string,
    readonly detail?: ReadCause,
    readonly extra: { encoding?: string; limit?: ReadLimit } = {},
  ) {
    super(`${code}${part ? ` (${part})` : ""}${detail ? `: ${detail.kind}` : ""}`);
    this.name = "ReadFailure";
  }
}

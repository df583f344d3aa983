/**
 * Reads an .xlsx file into a WorkbookSnapshot with Plan vivant's own reader (./reader): every
 * table, the used range of every sheet without one, sheet names, defined names and merged
 * cells, in one pass over the parts it needs. Every host reading files (the CLI, the standalone
 * page, consolidation) goes through readXlsx; a failure is a WorkbookError in the user's
 * language naming the file and the part.
 */
import type { Lang } from "../../domain/lang";
import type { WorkbookSnapshot } from "../../domain/raw";
import { fileErrorMessage, type FileErrorParams } from "../../i18n/files";
import { readerText } from "../../i18n/xlsx-package";
import { WorkbookError } from "../port";
import type { ZipCodec } from "./codec";
import { ReadFailure } from "./reader/failure";
import { readPackage } from "./reader";

export { MAX_MERGES } from "./reader";

export interface ReadOptions {
  /** Language of error messages (French by default). */
  lang?: Lang;
  /** File name shown in error messages. */
  file?: string;
  /** How small parts are inflated (fflate unless the host has better: see ./codec). */
  codec?: ZipCodec;
}

/** The bytes as a Uint8Array (a Node Buffer is one): no Buffer, so the page can run it in a browser. */
function toBytes(data: Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}

/** A reader failure as the WorkbookError a person reads. */
export function readError(failure: ReadFailure, options: ReadOptions): WorkbookError {
  const lang = options.lang ?? "fr";
  const t = readerText[lang];
  const params: FileErrorParams = {};
  if (options.file) params.file = options.file;
  if (failure.part) params.part = failure.part;
  if (failure.detail) params.cause = t.cause(failure.detail);
  if (failure.extra.encoding) params.encoding = failure.extra.encoding;
  if (failure.extra.limit) params.limit = t.limit(failure.extra.limit);
  const err = new WorkbookError(
    fileErrorMessage(failure.code, lang, params),
    failure.code,
    params as Record<string, string>,
  );
  err.cause = failure;
  return err;
}

/** Reads an .xlsx file: every table, the used range of every sheet without one, sheet names and defined names. */
export async function readXlsx(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  try {
    return readPackage(toBytes(data), options.codec);
  } catch (e) {
    if (e instanceof ReadFailure) throw readError(e, options);
    // Anything else is a defect of the reader, never shown as a JavaScript internal.
    const err = new WorkbookError(
      fileErrorMessage("unreadable", options.lang ?? "fr", options.file ? { file: options.file } : {}),
      "unreadable",
      options.file ? { file: options.file } : {},
    );
    err.cause = e;
    throw err;
  }
}

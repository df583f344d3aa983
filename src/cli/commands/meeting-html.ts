/**
 * The meeting cycle's documents as HTML files, for `plan-vivant rencontre --html FILE|-` (the
 * meeting sheet) and `plan-vivant fin-de-plan --html FILE|-` (the end-of-plan report): one
 * self-contained file each (reportHtml), `-` for standard output. Kept apart from the commands:
 * the option is declared here and spread into each command's own, as bilan-html.ts does.
 */
import path from "node:path";
import type { Lang } from "../../domain/lang";
import type { ReportDocument } from "../../report/document";
import { reportHtml } from "../../report/html";
import type { Parsed } from "../args";
import { CliError } from "../errors";
import { writeBytes } from "../files";
import type { Io } from "./command";

export const MEETING_HTML_OPTIONS = {
  html: { type: "string" },
} as const;

/** The words a command says about its HTML file. */
export interface HtmlWords {
  written: (file: string) => string;
  twoOnStdout: string;
  overInput: (file: string) => string;
}

/**
 * The HTML file asked for (`-`: standard output), undefined without --html; refuses, before any
 * work, a second output on standard output and the workbook being read as the HTML file.
 */
export function htmlTarget(parsed: Parsed, input: string, words: HtmlWords): string | undefined {
  const html = parsed.values.html as string | undefined;
  if (html === undefined) return undefined;
  if (html === "-" && (parsed.values.json || parsed.values.texte)) throw new CliError(words.twoOnStdout, 2);
  if (html !== "-" && path.resolve(html) === path.resolve(input))
    throw new CliError(words.overInput(input), 2);
  return html;
}

/** Writes the document as HTML where asked; says where on stderr (stdout holds the file with `-`). */
export async function writeDocumentHtml(
  target: string,
  doc: ReportDocument,
  io: Io,
  lang: Lang,
  words: HtmlWords,
): Promise<void> {
  const html = reportHtml(doc);
  if (target === "-") {
    io.out(html);
    return;
  }
  await writeBytes(target, new TextEncoder().encode(html), lang, true);
  io.err(words.written(target));
}

/**
 * The meeting cycle's documents as HTML files, for `plan-vivant rencontre --html FILE|-` (the
 * meeting sheet) and `plan-vivant fin-de-plan --html FILE|-` (the end-of-plan report): one
 * self-contained file each (reportHtml), `-` for standard output. Kept apart from the commands:
 * the option is declared here and spread into each command's own, as bilan-html.ts does.
 */
import type { Lang } from "../../domain/lang";
import type { ReportDocument } from "../../report/document";
import { reportHtml } from "../../report/html";
import type { Parsed } from "../args";
import { CliError } from "../errors";
import { checkOutput, writeBytes } from "../files";
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

/** The HTML file asked for: `-` for standard output; `replace` when it may replace a file. */
export interface HtmlTarget {
  file: string;
  replace: boolean;
}

/**
 * The HTML file asked for, undefined without --html; refuses, before any work, a second output on
 * standard output, the workbook being read as the HTML file (by identity, as every output) and an
 * existing file unless --remplacer.
 */
export async function htmlTarget(
  parsed: Parsed,
  input: string,
  words: HtmlWords,
  lang: Lang,
): Promise<HtmlTarget | undefined> {
  const file = parsed.values.html as string | undefined;
  if (file === undefined) return undefined;
  if (file === "-") {
    if (parsed.values.json || parsed.values.texte) throw new CliError(words.twoOnStdout, 2);
    return { file, replace: false };
  }
  const replace = Boolean(parsed.values.remplacer);
  return {
    file,
    replace: await checkOutput(file, { inputs: [input], replace, overInput: words.overInput }, lang),
  };
}

/** Writes the document as HTML where asked; says where on stderr (stdout holds the file with `-`). */
export async function writeDocumentHtml(
  target: HtmlTarget,
  doc: ReportDocument,
  io: Io,
  lang: Lang,
  words: HtmlWords,
): Promise<void> {
  const html = reportHtml(doc);
  if (target.file === "-") {
    io.out(html);
    return;
  }
  await writeBytes(target.file, new TextEncoder().encode(html), lang, target.replace);
  io.err(words.written(target.file));
}

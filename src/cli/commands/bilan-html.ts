/**
 * The bilan as a document, for `plan-vivant bilan`: `--html FILE` (or `-` for standard output)
 * writes the report as one self-contained HTML file; `--public` picks the public version (for
 * --html and for --texte). Kept apart from bilan.ts: the options are declared here and spread
 * into the command's own.
 */
import { publicSummary } from "../../domain/bilan/statutaire";
import type { BilanFigures } from "../../domain/bilan/types";
import type { Lang } from "../../domain/lang";
import { reportText } from "../../i18n/report";
import { bilanReport } from "../../report/bilan-document";
import { reportHtml } from "../../report/html";
import type { Parsed } from "../args";
import { CliError } from "../errors";
import { checkOutput, writeBytes } from "../files";
import type { Io } from "./command";

export const HTML_OPTIONS = {
  html: { type: "string" },
  public: { type: "boolean" },
} as const;

export interface HtmlRequest {
  /** The HTML file, `-` for standard output; undefined without --html. */
  html?: string;
  isPublic: boolean;
  /** Whether the HTML file may replace an existing one (--remplacer), once checkHtmlOutput has run. */
  replace?: boolean;
}

/** Reads --html and --public and refuses the combinations that cannot work, before any work. */
export function htmlRequest(parsed: Parsed, lang: Lang): HtmlRequest {
  const t = reportText[lang].cli;
  const html = parsed.values.html as string | undefined;
  const isPublic = Boolean(parsed.values.public);
  if (isPublic && html === undefined && !parsed.values.texte) throw new CliError(t.publicAlone, 2);
  if (html === "-" && (parsed.values.json || parsed.values.texte)) throw new CliError(t.twoOnStdout, 2);
  return { html, isPublic };
}

/**
 * Before any work: the HTML file is never the workbook read (by identity: a link or another
 * spelling of it is refused too), nor an existing file unless --remplacer.
 */
export async function checkHtmlOutput(
  request: HtmlRequest,
  input: string,
  replace: boolean,
  lang: Lang,
): Promise<void> {
  if (request.html === undefined || request.html === "-") return;
  const overInput = reportText[lang].cli.htmlOverInput;
  request.replace = await checkOutput(request.html, { inputs: [input], replace, overInput }, lang);
}

/** The text --texte prints: the point statutaire, or the public summary with --public. */
export function publicText(figures: BilanFigures, lang: Lang): string {
  return publicSummary(figures, lang, figures.header.publicSpending);
}

/** Writes the HTML report where asked; says where on stderr (stdout holds the file with `-`). */
export async function writeHtml(
  request: HtmlRequest,
  figures: BilanFigures,
  io: Io,
  lang: Lang,
): Promise<void> {
  if (request.html === undefined) return;
  const html = reportHtml(bilanReport(figures, { version: request.isPublic ? "public" : "internal" }));
  if (request.html === "-") {
    io.out(html);
    return;
  }
  await writeBytes(request.html, new TextEncoder().encode(html), lang, request.replace ?? false);
  io.err(reportText[lang].cli.htmlWritten(request.html, reportText[lang].cli.versionName(request.isPublic)));
}

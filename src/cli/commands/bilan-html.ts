/**
 * The bilan as a document, for `plan-vivant bilan`: `--html FILE` (or `-` for standard output)
 * writes the report as one self-contained HTML file; `--public` picks the public version (for
 * --html and for --texte). Kept apart from bilan.ts: the options are declared here and spread
 * into the command's own.
 */
import path from "node:path";
import { publicSummary } from "../../domain/bilan/statutaire";
import type { BilanFigures } from "../../domain/bilan/types";
import type { Lang } from "../../domain/lang";
import { reportText } from "../../i18n/report";
import { bilanReport } from "../../report/bilan-document";
import { reportHtml } from "../../report/html";
import type { Parsed } from "../args";
import { CliError } from "../errors";
import { writeBytes } from "../files";
import type { Io } from "./command";

export const HTML_OPTIONS = {
  html: { type: "string" },
  public: { type: "boolean" },
} as const;

export interface HtmlRequest {
  /** The HTML file, `-` for standard output; undefined without --html. */
  html?: string;
  isPublic: boolean;
}

/** Reads --html and --public and refuses the combinations that cannot work, before any work. */
export function htmlRequest(parsed: Parsed, input: string, lang: Lang): HtmlRequest {
  const t = reportText[lang].cli;
  const html = parsed.values.html as string | undefined;
  const isPublic = Boolean(parsed.values.public);
  if (isPublic && html === undefined && !parsed.values.texte) throw new CliError(t.publicAlone, 2);
  if (html === "-" && (parsed.values.json || parsed.values.texte)) throw new CliError(t.twoOnStdout, 2);
  if (html !== undefined && html !== "-" && path.resolve(html) === path.resolve(input))
    throw new CliError(t.htmlOverInput(input), 2);
  return { html, isPublic };
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
  await writeBytes(request.html, new TextEncoder().encode(html), lang, true);
  io.err(reportText[lang].cli.htmlWritten(request.html, reportText[lang].cli.versionName(request.isPublic)));
}

/**
 * The HTML page around a report's markup: the one wrapper of the CLI's file, the page's print and
 * the pane's print. No React here (the browser's print path does not need react-dom/server).
 */
import { reportText } from "../i18n/report";
import type { ReportDocument } from "./document";
import { pageCss } from "./styles";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The HTML page around a report's markup (the markup of ReportView, its CSS included). */
export function reportPage(doc: ReportDocument, body: string): string {
  const t = reportText[doc.lang];
  const title = [doc.title, doc.subtitle, doc.organisation].filter((x) => x).join(" – ");
  return [
    "<!DOCTYPE html>",
    `<html lang="${doc.lang === "fr" ? "fr-CA" : "en-CA"}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from elsewhere, not even by accident.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${pageCss(doc.running, t)}</style>`,
    "</head>",
    `<body>${body}</body>`,
    "</html>",
    "",
  ].join("\n");
}

/**
 * A report document as one self-contained HTML file: inline CSS and SVG, no script, no request
 * to any address. The CLI writes it (`bilan --html`); the page and the pane print it.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { reportText } from "../i18n/report";
import type { ReportDocument } from "./document";
import { ReportView } from "./report-view";
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

/** The document as a complete HTML file. */
export function reportHtml(doc: ReportDocument): string {
  return reportPage(doc, renderToStaticMarkup(createElement(ReportView, { doc })));
}

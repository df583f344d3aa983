/**
 * A report document as one self-contained HTML file: inline CSS and SVG, no script, no request
 * to any address. The CLI writes it (`bilan --html`); the page and the pane print it.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { ReportDocument } from "./document";
import { reportPage } from "./page";
import { ReportView } from "./report-view";

/** The document as a complete HTML file. */
export function reportHtml(doc: ReportDocument): string {
  return reportPage(doc, renderToStaticMarkup(createElement(ReportView, { doc })));
}

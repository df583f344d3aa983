/** Prints a report document that is not on screen: the page the HTML file holds, in the hidden print frame. */
import type { ReportDocument } from "./document";
import { reportHtml } from "./html";
import { printPage } from "./print";

export function printDocument(doc: ReportDocument, owner: Document): void {
  printPage(owner, doc.title, reportHtml(doc));
}

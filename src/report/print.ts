/**
 * Prints a report the way the browser prints the HTML file: its markup, wrapped in the same page
 * (report CSS, @page header and footer), in a hidden frame of its own, so no page or pane UI is
 * printed whatever hosts the report. The frame stays until the next print (its content is what
 * was printed).
 */
import type { ReportDocument } from "./document";
import { reportPage } from "./page";

export const PRINT_FRAME = "plan-vivant-print";

/** The markup of a rendered report without what never prints (its toolbar). */
export function printableMarkup(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(".rk-no-print").forEach((node) => node.remove());
  return copy.outerHTML;
}

export function printReport(doc: ReportDocument, root: HTMLElement): void {
  printPage(root.ownerDocument, doc.title, reportPage(doc, printableMarkup(root)));
}

/** Prints a whole HTML page (a report's) in the hidden frame. */
export function printPage(owner: Document, title: string, page: string): void {
  owner.getElementById(PRINT_FRAME)?.remove();
  const frame = owner.createElement("iframe");
  frame.id = PRINT_FRAME;
  frame.title = title;
  frame.setAttribute("aria-hidden", "true");
  frame.tabIndex = -1;
  Object.assign(frame.style, {
    position: "fixed",
    width: "0",
    height: "0",
    border: "0",
    right: "0",
    bottom: "0",
  });
  frame.addEventListener("load", () => frame.contentWindow?.print(), { once: true });
  frame.srcdoc = page;
  owner.body.appendChild(frame);
}

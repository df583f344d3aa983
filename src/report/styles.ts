/**
 * The report's CSS, as text: the same rules style the page's report view, the pane's « Aperçu »
 * and the static HTML file, so the three look alike. Everything is scoped under `.rk-report`;
 * narrow widths (the 320 px pane) are handled by a container query, printing by `@media print`
 * and, in a printed file, by `@page` rules whose margin boxes carry the running header and footer.
 */

/** The colours of the document, matching the Bilan sheet (titles, header fill, flags). */
const INK = "#1b1b1b";
const TITLE = "#1F3864";
const MUTED = "#5a5a5a";
const RULE = "#d0d7e5";
const HEADER_FILL = "#D9E2F3";
const ALERT = "#B71C1C";
const GOOD = "#2E7D32";

export const REPORT_CSS = `
.rk-report { container-type: inline-size; color: ${INK}; background: #fff;
  font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 14px; line-height: 1.45;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.rk-report *, .rk-report *::before, .rk-report *::after { box-sizing: border-box; }
.rk-page { max-width: 920px; margin: 0 auto; padding: 24px 28px 32px; }
.rk-title-block { border-bottom: 3px solid ${TITLE}; padding-bottom: 12px; margin-bottom: 18px; }
.rk-organisation { margin: 0; font-size: 15px; font-weight: 600; color: ${MUTED}; }
.rk-title { margin: 2px 0 0; font-size: 26px; line-height: 1.2; color: ${TITLE}; }
.rk-subtitle { margin: 4px 0 0; font-size: 17px; font-weight: 400; color: ${INK}; }
.rk-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 12px 0 0; font-size: 13px; }
.rk-facts dt { font-weight: 600; color: ${MUTED}; }
.rk-facts dd { margin: 0; }
.rk-section { margin: 22px 0 0; }
.rk-section > h2 { margin: 0 0 10px; font-size: 18px; color: ${TITLE}; border-bottom: 1px solid ${RULE}; padding-bottom: 3px;
  break-after: avoid; page-break-after: avoid; }
.rk-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(136px, 1fr)); gap: 10px; margin: 0; padding: 0; list-style: none; }
.rk-card { border: 1px solid ${RULE}; border-left: 5px solid ${TITLE}; border-radius: 4px; padding: 8px 10px; break-inside: avoid; }
.rk-card-value { display: block; font-size: 28px; font-weight: 700; line-height: 1.1; color: ${TITLE}; }
.rk-card-label { display: block; font-weight: 600; }
.rk-card-detail { display: block; font-size: 12px; color: ${MUTED}; }
.rk-card[data-tone="alert"] { border-left-color: ${ALERT}; }
.rk-card[data-tone="alert"] .rk-card-value { color: ${ALERT}; }
.rk-card[data-tone="good"] { border-left-color: ${GOOD}; }
.rk-card[data-tone="good"] .rk-card-value { color: ${GOOD}; }
.rk-text { margin: 0 0 8px; white-space: pre-line; }
.rk-note { margin: 6px 0 0; font-size: 12px; color: ${MUTED}; }
.rk-pairs { display: grid; grid-template-columns: max-content max-content; gap: 2px 16px; margin: 8px 0 0; font-size: 13px; }
.rk-pairs dt { font-weight: 600; }
.rk-pairs dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
.rk-chart { margin: 0 0 8px; break-inside: avoid; page-break-inside: avoid; }
.rk-chart-title { font-weight: 600; margin: 0 0 6px; }
.rk-chart-body { display: flex; flex-direction: column; gap: 8px; }
.rk-chart-doughnut .rk-chart-body { flex-direction: row; align-items: center; flex-wrap: wrap; gap: 16px; }
.rk-doughnut { width: 180px; height: 180px; flex: none; }
.rk-doughnut-total { font-size: 30px; font-weight: 700; fill: ${TITLE}; dominant-baseline: middle; }
.rk-bars, .rk-columns { display: block; overflow: visible; }
.rk-label { font-size: 12px; fill: ${INK}; }
.rk-value { font-size: 11px; fill: ${MUTED}; font-variant-numeric: tabular-nums; }
.rk-tick { font-size: 10px; fill: ${MUTED}; }
.rk-grid { stroke: #e3e3e3; stroke-width: 1; }
.rk-axis { stroke: #9e9e9e; stroke-width: 1; }
.rk-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0; list-style: none; font-size: 12px; }
.rk-chart-doughnut .rk-legend { flex-direction: column; }
.rk-legend li { display: flex; align-items: center; gap: 6px; }
.rk-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; flex: none; }
.rk-legend-value { margin-left: 4px; font-weight: 600; font-variant-numeric: tabular-nums; }
.rk-table-wrap { overflow-x: auto; }
.rk-table { width: 100%; border-collapse: collapse; font-size: 12.5px; }
.rk-table caption { text-align: left; font-weight: 600; margin: 10px 0 4px; }
.rk-table th { background: ${HEADER_FILL}; text-align: left; padding: 4px 6px; vertical-align: bottom; }
.rk-table td { padding: 4px 6px; border-bottom: 1px solid ${RULE}; vertical-align: top; }
.rk-table .rk-num { text-align: right; font-variant-numeric: tabular-nums; }
.rk-table td.rk-num { white-space: nowrap; }
.rk-table .rk-wide { min-width: 10em; }
.rk-table td.rk-nowrap { white-space: nowrap; }
.rk-table thead { display: table-header-group; }
.rk-table td.rk-blank { height: 5.5em; min-width: 14em; width: 34%; border: 1px solid ${RULE}; }
.rk-table tr { break-inside: avoid; page-break-inside: avoid; }
.rk-empty { font-style: italic; color: ${MUTED}; }
.rk-toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 10px 28px;
  border-bottom: 1px solid ${RULE}; background: #f5f5f5; }
.rk-button { font: inherit; font-weight: 600; padding: 5px 14px; border-radius: 4px; border: 1px solid #8a8886;
  background: #fff; color: ${INK}; cursor: pointer; }
.rk-button.rk-primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
.rk-button:hover { filter: brightness(0.95); }
.rk-button:focus-visible, .rk-switch input:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
.rk-switch { display: inline-flex; align-items: center; gap: 6px; cursor: pointer; }
.rk-switch input { width: 16px; height: 16px; margin: 0; }

@container (max-width: 560px) {
  .rk-page { padding: 12px 10px 20px; }
  .rk-toolbar { padding: 8px 10px; }
  .rk-title { font-size: 21px; }
  .rk-cards { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
  .rk-card-value { font-size: 23px; }
  .rk-doughnut { width: 140px; height: 140px; }
  .rk-stack thead { display: none; }
  .rk-stack, .rk-stack tbody, .rk-stack tr, .rk-stack td { display: block; width: 100%; }
  .rk-stack tr { border-bottom: 1px solid ${RULE}; padding: 4px 0; }
  .rk-stack td { border: none; padding: 1px 0; text-align: left; }
  .rk-stack td[data-label]:not(:empty)::before { content: attr(data-label); font-weight: 600; color: ${MUTED}; }
  .rk-stack .rk-num, .rk-stack .rk-nowrap { text-align: left; white-space: normal; }
  .rk-stack .rk-wide { min-width: 0; }
  .rk-stack td:empty { display: none; }
  .rk-stack caption { display: block; text-align: left; }
  .rk-table th, .rk-table td { padding: 3px 4px; }
  .rk-table th { font-size: 11.5px; hyphens: auto; overflow-wrap: anywhere; }
}

@media print {
  .rk-report { font-size: 10.5pt; }
  .rk-page { max-width: none; padding: 0; }
  .rk-section.rk-keep { break-inside: avoid; page-break-inside: avoid; }
  .rk-no-print { display: none !important; }
}
`;

/** A CSS string literal: quotes and backslashes escaped, line breaks as `\\A`. */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\A ")}"`;
}

/**
 * The printed page of a report file: Letter or A4 (the printer's choice), margins that suit both,
 * the organisation and the plan at the top, the reference date and `Page n de N` at the bottom.
 * Chromium draws the `@page` margin boxes since version 131.
 */
export function pageCss(
  running: { header: string; footer: string },
  words: { page: string; of: string },
): string {
  const box = "font-family: Arial, sans-serif; font-size: 8.5pt; color: #5a5a5a;";
  return `
@page { size: auto; margin: 16mm 14mm 16mm 14mm;
  @top-left { content: ${cssString(running.header)}; ${box} }
  @bottom-left { content: ${cssString(running.footer)}; ${box} }
  @bottom-right { content: ${cssString(`${words.page} `)} counter(page) ${cssString(` ${words.of} `)} counter(pages); ${box} }
}
html, body { margin: 0; background: #fff; }
`;
}

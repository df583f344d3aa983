/**
 * Draws a report document: the title block, then each section and its blocks. Plain React and
 * the report's own CSS (no Fluent UI): the same components render in the page, in the task pane
 * and to a static HTML string (react-dom/server) for the CLI's `bilan --html`.
 */
import type { ReactNode } from "react";
import type { Lang } from "../domain/lang";
import { ChartFigure } from "./charts/chart-figure";
import type { Block, Card, ReportDocument, Section, TableColumn } from "./document";
import { REPORT_CSS } from "./styles";

/** `Porteur : ` (French) or `Lead: ` (English): the label a narrow table writes before a value. */
function labelled(label: string, lang: Lang): string {
  return lang === "fr" ? `${label} : ` : `${label}: `;
}

export function KeyFigureCards({ cards }: { cards: Card[] }) {
  return (
    <ul className="rk-cards">
      {cards.map((card) => (
        <li key={card.id} className="rk-card" data-card={card.id} data-tone={card.tone}>
          <span className="rk-card-value">{card.value}</span>
          <span className="rk-card-label">{card.label}</span>
          {card.detail ? <span className="rk-card-detail">{card.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function ReportTable({
  caption,
  columns,
  rows,
  empty,
  lang,
}: {
  caption?: string;
  columns: TableColumn[];
  rows: string[][];
  empty: string;
  lang: Lang;
}) {
  const cls = (c: TableColumn): string | undefined =>
    [
      c.numeric ? "rk-num" : "",
      c.wide ? "rk-wide" : "",
      c.nowrap ? "rk-nowrap" : "",
      c.blank ? "rk-blank" : "",
    ]
      .filter((x) => x)
      .join(" ") || undefined;
  if (rows.length === 0) {
    return (
      <>
        {caption ? <p className="rk-chart-title">{caption}</p> : null}
        <p className="rk-empty">{empty}</p>
      </>
    );
  }
  return (
    <div className="rk-table-wrap">
      {/* Narrow: a table of four columns or more turns into one block per row (four squeeze words apart at 320 px). */}
      <table className={columns.length >= 4 ? "rk-table rk-stack" : "rk-table"}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={cls(c)}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c, j) => (
                <td key={j} className={cls(c)} data-label={labelled(c.label, lang)}>
                  {row[j] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BlockView({ block, lang }: { block: Block; lang: Lang }): ReactNode {
  switch (block.kind) {
    case "cards":
      return <KeyFigureCards cards={block.cards} />;
    case "text":
      return <p className={block.note ? "rk-note" : "rk-text"}>{block.text}</p>;
    case "chart":
      return <ChartFigure chart={block.chart} lang={lang} format={block.format} caption={block.caption} />;
    case "table":
      return <ReportTable {...block} lang={lang} />;
    case "pairs":
      return <Pairs className="rk-pairs" pairs={block.pairs} />;
  }
}

/** Label / value lines as a description list (the title block's facts, money totals). */
export function Pairs({
  className,
  pairs,
}: {
  className: string;
  pairs: { label: string; value: string }[];
}) {
  return (
    <dl className={className}>
      {pairs.map((p) => (
        <div key={p.label} style={{ display: "contents" }}>
          <dt>{p.label}</dt>
          <dd>{p.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ReportSection({ section, lang }: { section: Section; lang: Lang }) {
  return (
    <section
      id={`rk-${section.id}`}
      className={section.keepTogether ? "rk-section rk-keep" : "rk-section"}
      aria-labelledby={`rk-${section.id}-title`}
    >
      <h2 id={`rk-${section.id}-title`}>{section.title}</h2>
      {section.blocks.map((block, i) => (
        <BlockView key={i} block={block} lang={lang} />
      ))}
    </section>
  );
}

export function TitleBlock({ doc }: { doc: ReportDocument }) {
  return (
    <header className="rk-title-block">
      {doc.organisation ? <p className="rk-organisation">{doc.organisation}</p> : null}
      <h1 className="rk-title">{doc.title}</h1>
      {doc.subtitle ? <p className="rk-subtitle">{doc.subtitle}</p> : null}
      {doc.facts.length > 0 ? <Pairs className="rk-facts" pairs={doc.facts} /> : null}
    </header>
  );
}

/**
 * A whole document, with its CSS. `toolbar` (buttons: print, public version...) sits above the
 * title and never prints.
 */
export function ReportView({
  doc,
  toolbar,
  label,
}: {
  doc: ReportDocument;
  toolbar?: ReactNode;
  label?: string;
}) {
  return (
    <div className="rk-report" lang={doc.lang === "fr" ? "fr-CA" : "en-CA"}>
      <style>{REPORT_CSS}</style>
      {toolbar ? <div className="rk-no-print">{toolbar}</div> : null}
      <article className="rk-page" aria-label={label ?? doc.title}>
        <TitleBlock doc={doc} />
        {doc.sections.map((section) => (
          <ReportSection key={section.id} section={section} lang={doc.lang} />
        ))}
      </article>
    </div>
  );
}

/**
 * A report document as plain data: a title block, then sections of blocks (key-figure cards, text,
 * charts, tables). Whatever makes a document (the bilan today; a meeting sheet or an end-of-plan
 * bilan tomorrow) builds one of these from the domain's figures; the components of this folder
 * draw any of them, on screen, in print and as a static HTML file.
 */
import type { Lang } from "../domain/lang";
import type { ChartPlan } from "../domain/layout/sheet-plan";

/** One key figure: `35` « Actions au total », with an optional line under it. */
export interface Card {
  id: string;
  label: string;
  value: string;
  detail?: string;
  /** `alert` draws it in the late/blocked colours, `good` in the done colour. */
  tone?: "alert" | "good";
}

export interface TableColumn {
  label: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** A wide text column (action, obstacles...), given more room. */
  wide?: boolean;
  /** Dates and other short values that must not break across lines. */
  nowrap?: boolean;
  /** Left empty, with room to write in by hand once printed (a meeting's notes). */
  blank?: boolean;
}

export type Block =
  | { kind: "cards"; cards: Card[] }
  | { kind: "text"; text: string; /** A smaller, muted note. */ note?: boolean }
  | {
      kind: "chart";
      chart: ChartPlan;
      /** How values are written in the chart's labels. */
      format: "integer" | "money";
      /** Whether the chart's own title is written above it (not when it is its section's title). */
      caption: boolean;
    }
  | { kind: "table"; caption?: string; columns: TableColumn[]; rows: string[][]; empty: string }
  | { kind: "pairs"; pairs: { label: string; value: string }[] };

export interface Section {
  /** Stable id (used as the HTML id and by tests). */
  id: string;
  title: string;
  blocks: Block[];
  /** Keeps the section on one printed page when it fits (charts, cards). */
  keepTogether?: boolean;
}

export interface ReportDocument {
  lang: Lang;
  /** The document's heading, e.g. `Bilan du suivi`. */
  title: string;
  /** The plan's title, under the heading. */
  subtitle: string | null;
  /** The organisation, first in the title block and in each printed page's header. */
  organisation: string | null;
  /** Label / value lines of the title block (plan, period, reference date...). */
  facts: { label: string; value: string }[];
  /** Printed at the top of each page (left) and in the footer beside the page number. */
  running: { header: string; footer: string };
  sections: Section[];
}

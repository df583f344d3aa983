/**
 * The point statutaire: 5 to 10 plain sentences a coordinator reads at council. Where the plan
 * stands, what moved, what is stuck and who is asked to act, and the bons coups to celebrate.
 */
import { formatMoney, formatPercent, joinWords } from "../format";
import type { Lang } from "../lang";
import { fold } from "../text";
import { bilanText } from "../../i18n/bilan";
import type { BilanFigures } from "./types";

const QUOTE_MAX = 90;
const QUOTES_SHOWN = 2;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTE_MAX ? flat : `${flat.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

function breakdown(f: BilanFigures, lang: Lang): string | null {
  const t = bilanText[lang].sentences;
  const s = f.totals.byStatus;
  const parts = [
    s.done > 0 ? t.done(s.done, formatPercent(f.totals.shares.done, lang)) : "",
    s["partly-done"] > 0 ? t.partlyDone(s["partly-done"]) : "",
    s["in-progress"] + s.ongoing > 0 ? t.active(s["in-progress"] + s.ongoing) : "",
    s["not-started"] > 0 ? t.notStarted(s["not-started"]) : "",
    s.postponed > 0 ? t.postponed(s.postponed) : "",
    s.dropped > 0 ? t.dropped(s.dropped) : "",
  ].filter((p) => p !== "");
  return parts.length === 0 ? null : `${t.breakdownIntro}${joinWords(parts, lang)}.`;
}

function moved(f: BilanFigures, lang: Lang): string {
  const t = bilanText[lang].sentences;
  const p = f.period;
  if (p.suivis === 0) return t.movedNone(p.since);
  return `${t.moved(p.suivis, p.actions, p.since)}${p.done > 0 ? t.movedDone(p.done) : ""}.`;
}

function stuck(f: BilanFigures, lang: Lang): string[] {
  const t = bilanText[lang].sentences;
  const { late, blocked } = f.totals;
  if (late === 0 && blocked === 0) return [t.nothingStuck];
  const head = [late > 0 ? t.late(late) : "", blocked > 0 ? t.blocked(blocked) : ""].filter((x) => x !== "");
  const out = [`${t.stuckIntro}${joinWords(head, lang)}.`];
  const names: string[] = [];
  const orphans: string[] = [];
  for (const row of f.lateBlocked) {
    if (row.porteur === null) orphans.push(row.no);
    else if (!names.some((n) => fold(n) === fold(row.porteur as string))) names.push(row.porteur);
  }
  if (names.length > 0) out.push(t.ask(names.length, joinWords(names, lang)));
  if (orphans.length > 0) out.push(t.noPorteur(orphans.length, joinWords(orphans, lang)));
  return out;
}

function followUp(f: BilanFigures, lang: Lang): string[] {
  const t = bilanText[lang].sentences;
  const out: string[] = [];
  if (f.totals.open === 0) out.push(t.allClosed);
  else if (f.totals.stale > 0) out.push(t.stale(f.totals.stale, f.header.followUpDays));
  else out.push(t.staleNone(f.header.followUpDays));
  if (f.totals.dueSoon > 0) out.push(t.dueSoon(f.totals.dueSoon, f.header.noticeDays));
  return out;
}

function money(f: BilanFigures, lang: Lang): string[] {
  const { spent, budget } = f.money.total;
  if (spent === 0 && budget === 0) return [];
  const text = (n: number): string => formatMoney(n, lang, { cents: false });
  return [bilanText[lang].sentences.money(text(spent), budget > 0 ? text(budget) : null, f.period.since)];
}

function bonsCoups(f: BilanFigures, lang: Lang): string {
  const t = bilanText[lang].sentences;
  const rows = f.bonsCoups;
  if (rows.length === 0) return t.bonsCoupsNone(f.period.since);
  const shown = rows.slice(-QUOTES_SHOWN).map((r) => t.quote(shorten(r.achievements ?? r.action), r.no));
  return t.bonsCoups(rows.length, f.period.since, joinWords(shown, lang), rows.length <= QUOTES_SHOWN);
}

/**
 * The same facts for citizens, in plain words: where the plan stands, what moved, the money spent
 * only when `showSpending`, and the bons coups; no names, no late, blocked or stale flags.
 */
export function publicSummary(figures: BilanFigures, lang: Lang, showSpending: boolean): string {
  const t = bilanText[lang].sentences;
  const f = figures;
  const sentences: string[] = [t.standing(f.referenceDate, f.totals.actions, f.header.title)];
  if (f.totals.actions === 0) return [...sentences, moved(f, lang)].join(" ");
  const parts = breakdown(f, lang);
  if (parts) sentences.push(parts);
  sentences.push(moved(f, lang), ...(showSpending ? money(f, lang) : []), bonsCoups(f, lang));
  return sentences.join(" ");
}

/** The point statutaire as one paragraph, in `lang`. */
export function pointStatutaire(figures: BilanFigures, lang: Lang): string {
  const t = bilanText[lang].sentences;
  const f = figures;
  const sentences: string[] = [t.standing(f.referenceDate, f.totals.actions, f.header.title)];
  if (f.totals.actions === 0) {
    sentences.push(t.noActionHint, moved(f, lang), t.nothingStuck, bonsCoups(f, lang));
    return sentences.join(" ");
  }
  const parts = breakdown(f, lang);
  if (parts) sentences.push(parts);
  sentences.push(
    moved(f, lang),
    ...stuck(f, lang),
    ...followUp(f, lang),
    ...money(f, lang),
    bonsCoups(f, lang),
  );
  return sentences.join(" ");
}

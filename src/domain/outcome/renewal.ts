/** The text for the renewal request (demande de renouvellement): the plan's results in one paragraph. */
import { formatMoney, formatNumber, formatPercent, joinWords } from "../format";
import type { Lang } from "../lang";
import { outcomeText } from "../../i18n/outcome";
import { carriesOver } from "./outcome";
import type { EndOfPlanFigures } from "./types";

const QUOTE_MAX = 90;
const AREAS_NAMED = 3;
const QUOTES_SHOWN = 2;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= QUOTE_MAX ? flat : `${flat.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

export function renewalText(f: EndOfPlanFigures, lang: Lang): string {
  const t = outcomeText[lang].renewalText;
  const h = f.header;
  const o = f.total.outcomes;
  const quote = (text: string) => (lang === "fr" ? `« ${text} »` : `"${text}"`);
  const parts = [
    t.opening(h.organisation, h.title, h.planStart, h.planEnd, h.ended),
    t.done(o.done + o.ongoing, f.total.actions, formatPercent(f.total.rate ?? 0, lang), o.ongoing),
    t.rest(o["partly-done"], o["not-done"], o.dropped),
  ];
  if (f.total.budget > 0 || f.total.spent > 0) {
    parts.push(
      t.money(
        formatMoney(f.total.spent, lang),
        formatMoney(f.total.budget, lang),
        formatNumber(f.total.hours, lang),
      ),
    );
  }
  const best = f.byArea
    .filter((g) => g.name !== null && g.rate !== null && g.rate > 0)
    .sort((a, b) => (b.rate as number) - (a.rate as number) || b.actions - a.actions)
    .slice(0, AREAS_NAMED)
    .map((g) => `${g.label} (${formatPercent(g.rate as number, lang)})`);
  if (best.length > 0) parts.push(t.strongest(joinWords(best, lang)));
  const quotes = f.bonsCoups
    .filter((b) => b.achievements)
    .slice(-QUOTES_SHOWN)
    .map((b) => quote(shorten(b.achievements as string)));
  if (f.bonsCoups.length > 0 && quotes.length > 0)
    parts.push(t.bonsCoups(f.bonsCoups.length, joinWords(quotes, lang)));
  const wellDone = f.reflections.find((r) => r.wellDone)?.wellDone;
  if (wellDone) parts.push(t.reflection(quote(shorten(wellDone))));
  const next = f.actions.filter((a) => carriesOver(a.outcome)).length;
  if (next > 0) parts.push(t.next(next));
  return parts.join("");
}

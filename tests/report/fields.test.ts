/**
 * Every field of the bilan report and which version shows it: the internal version (council,
 * committee, staff), the public version, and the public version when the setting « Dépenses dans
 * la version publique » says Oui. Each field is looked for in the HTML file itself.
 */
import { JSDOM, VirtualConsole } from "jsdom";
import {
  REPORT_FIELDS,
  bilanFigures,
  pointStatutaire,
  publicSummary,
  type ReportField,
} from "../../src/domain/bilan";
import type { BilanFigures } from "../../src/domain/bilan/types";
import { bilanReport } from "../../src/report/bilan-document";
import { reportHtml } from "../../src/report/html";
import { mainPlan } from "../domain/bilan/fixtures";

type Shown = [internal: boolean, publicVersion: boolean, publicWithSpending: boolean];

const ALL: Shown = [true, true, true];
const INTERNAL: Shown = [true, false, false];
const PUBLIC: Shown = [false, true, true];
const SPENDING: Shown = [true, false, true];

/** Field, who sees it, and how to find it in a rendered report (mainPlan's values). */
const FIELDS: [ReportField, Shown, (doc: Document, text: string, f: BilanFigures) => boolean][] = [
  ["header.organisation", ALL, (_, text) => text.includes("Ville de Saint-Exemple")],
  ["header.plan", ALL, (doc) => facts(doc).includes("PlanPFM-MADA")],
  ["header.planPeriod", ALL, (_, text) => text.includes("2024-01-01 – 2027-12-31")],
  ["header.referenceDate", ALL, (doc) => facts(doc).includes("Date de référence2026-03-15")],
  ["header.period", ALL, (_, text) => text.includes("Depuis le début du plan")],
  ["header.generatedAt", ALL, (_, text) => text.includes("2026-03-15 14:30 UTC")],
  ["keyFigures.actions", ALL, (doc) => card(doc, "actions") === "6"],
  ["keyFigures.done", ALL, (doc) => card(doc, "done") === "1"],
  ["keyFigures.active", ALL, (doc) => card(doc, "active") === "2"],
  ["keyFigures.bonsCoups", ALL, (doc) => card(doc, "bonsCoups") === "2"],
  ["keyFigures.late", INTERNAL, (doc) => card(doc, "late") === "1"],
  ["keyFigures.blocked", INTERNAL, (doc) => card(doc, "blocked") === "1"],
  ["keyFigures.stale", INTERNAL, (doc) => card(doc, "stale") === "2"],
  ["keyFigures.dueSoon", INTERNAL, (doc) => card(doc, "dueSoon") === "1"],
  ["statutaire", INTERNAL, (_, text, f) => text.includes(pointStatutaire(f, "fr"))],
  [
    "publicSummary",
    PUBLIC,
    (_, text, f) =>
      text.includes(publicSummary(f, "fr", false)) || text.includes(publicSummary(f, "fr", true)),
  ],
  ["chart.statuses", ALL, (doc) => doc.querySelector("#rk-statuses svg[role=img]") !== null],
  ["chart.areas", ALL, (doc) => doc.querySelector("#rk-areas svg[role=img]") !== null],
  ["chart.years", ALL, (doc) => doc.querySelector("#rk-years svg[role=img]") !== null],
  ["chart.progress", ALL, (doc) => doc.querySelector("#rk-progress svg[role=img]") !== null],
  ["money.budget", ALL, (doc) => section(doc, "money").includes("3\u00a0500,50\u00a0$")],
  // Spent: its total, its series in the chart, and the point statutaire's sentence about it.
  [
    "money.spent",
    SPENDING,
    (_, text) => /2\u00a0150,25\u00a0\$|Dépenses \(\$\)|dépenses inscrites/.test(text),
  ],
  ["money.hours", INTERNAL, (_, text) => text.includes("Heures prévues")],
  ["habit.suivis", INTERNAL, (_, text) => text.includes("Fiches remplies")],
  ["habit.followedShare", INTERNAL, (_, text) => text.includes("Suivies dans le délai")],
  ["lateBlocked.action", INTERNAL, (doc) => section(doc, "late-blocked").includes("Action 1.2")],
  ["lateBlocked.porteur", INTERNAL, (_, text) => /service des loisirs/i.test(text)],
  ["lateBlocked.due", INTERNAL, (doc) => section(doc, "late-blocked").includes("2025-12-31")],
  ["lateBlocked.obstacles", INTERNAL, (_, text) => text.includes("Salle indisponible")],
  ["lateBlocked.nextSteps", INTERNAL, (_, text) => text.includes("Relancer le comité")],
  ["stale.action", INTERNAL, (doc) => section(doc, "stale").includes("Action 2.2")],
  ["stale.porteur", INTERNAL, (_, text) => text.includes("Bibliothèque")],
  ["stale.lastSuivi", INTERNAL, (doc) => section(doc, "stale").includes("2025-10-01")],
  ["bonsCoups.date", ALL, (doc) => section(doc, "bons-coups").includes("2026-02-01")],
  ["bonsCoups.action", ALL, (doc) => section(doc, "bons-coups").includes("Action 2.1")],
  ["bonsCoups.achievements", ALL, (_, text) => text.includes("Navette lancée")],
];

const facts = (doc: Document): string =>
  [...doc.querySelectorAll(".rk-facts dt")]
    .map((dt) => `${dt.textContent}${dt.nextElementSibling?.textContent}`)
    .join("|");
const card = (doc: Document, id: string): string | undefined =>
  doc.querySelector(`[data-card="${id}"] .rk-card-value`)?.textContent ?? undefined;
const section = (doc: Document, id: string): string => doc.querySelector(`#rk-${id}`)?.textContent ?? "";

function render(version: "internal" | "public", publicSpending: boolean) {
  const { wb, states } = mainPlan();
  wb.settings.publicSpending = publicSpending;
  const f = bilanFigures(wb, states, { generatedAt: "2026-03-15T14:30:00.000Z", lang: "fr" });
  const html = reportHtml(bilanReport(f, { version }));
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  return { doc, text: doc.body.textContent ?? "", f, html };
}

describe("the fields of the bilan report, by version", () => {
  const versions = [render("internal", false), render("public", false), render("public", true)];

  test("the list names every field of REPORT_FIELDS once, with the rule REPORT_FIELDS states", () => {
    expect(FIELDS.map(([field]) => field).sort()).toEqual(Object.keys(REPORT_FIELDS).sort());
    const rule = (s: Shown) =>
      s === ALL ? "both" : s === INTERNAL ? "internal" : s === PUBLIC ? "public" : "setting";
    for (const [field, shown] of FIELDS) expect([field, REPORT_FIELDS[field]]).toEqual([field, rule(shown)]);
  });

  test.each(FIELDS)("%s", (field, shown, found) => {
    const seen = versions.map(({ doc, text, f }) => found(doc, text, f));
    expect({ field, seen }).toEqual({ field, seen: shown });
  });

  test("the public version never carries a porteur's name or an obstacle, anywhere in the file", () => {
    for (const { html } of versions.slice(1)) {
      expect(html).not.toMatch(
        /loisirs<\/td>|Service des loisirs|Manque de bénévoles|Salle indisponible|MRC/i,
      );
    }
  });
});

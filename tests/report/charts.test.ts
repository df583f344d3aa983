/** The report's SVG charts, drawn from the Bilan sheet's own chart plans. */
import { JSDOM } from "jsdom";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { bilanFigures, bilanLayout } from "../../src/domain/bilan";
import type { ChartPlan } from "../../src/domain/layout/sheet-plan";
import { ChartFigure } from "../../src/report/charts/chart-figure";
import { niceCeiling, pct, ticks } from "../../src/report/charts/scale";
import { mainPlan } from "../domain/bilan/fixtures";

const { wb, states } = mainPlan();
const figures = bilanFigures(wb, states, { generatedAt: "2026-03-15T14:30:00.000Z", lang: "fr" });
const charts = bilanLayout(figures, "fr", "Bilan").charts;
const byKind = (kind: ChartPlan["kind"]) => charts.find((c) => c.kind === kind) as ChartPlan;

function draw(chart: ChartPlan, format: "integer" | "money" = "integer"): Document {
  const html = renderToStaticMarkup(createElement(ChartFigure, { chart, lang: "fr", format }));
  return new JSDOM(`<body>${html}</body>`).window.document;
}

describe("scale", () => {
  test("round tops and whole ticks", () => {
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(23)).toBe(25);
    expect(niceCeiling(0)).toBe(1);
    expect(ticks(35)).toEqual([0, 10, 20, 30, 40]);
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(pct(1, 3, 90)).toBe("30%");
  });
});

describe("ChartFigure", () => {
  test("doughnut: one slice per status present, in the sheet's colours, total in the middle", () => {
    const chart = byKind("doughnut");
    const doc = draw(chart);
    const paths = [...doc.querySelectorAll("path")];
    // mainPlan: in progress 1, ongoing 1, postponed 1, blocked 1, done 1, not started 1.
    expect(paths).toHaveLength(6);
    const blocked = paths.find((p) => p.querySelector("title")?.textContent === "Bloquée : 1");
    expect(blocked?.getAttribute("fill")).toBe("#E53935");
    expect(doc.querySelector(".rk-doughnut-total")?.textContent).toBe("6");
    expect([...doc.querySelectorAll(".rk-legend li")].map((li) => li.textContent)).toContain("Réalisée1");
    expect(doc.querySelector("svg")?.getAttribute("aria-label")).toMatch(
      /^Actions par statut : À venir : 1; /,
    );
  });

  test("stacked bars: segments end to end, widths in proportion to the largest total", () => {
    const doc = draw(byKind("bar-stacked"));
    // Loisirs holds 1.1 (in progress) and 1.2 (blocked): two segments, 2 of 2 = 88 % of the width.
    const loisirs = [...doc.querySelectorAll("rect")].filter((r) =>
      r.querySelector("title")?.textContent?.startsWith("Loisirs"),
    );
    expect(loisirs.map((r) => [r.getAttribute("x"), r.getAttribute("width")])).toEqual([
      ["0%", "44%"],
      ["44%", "44%"],
    ]);
    // Only the statuses present are in the legend.
    expect(doc.querySelectorAll(".rk-legend li")).toHaveLength(6);
  });

  test("clustered bars in dollars: the spent series beside the budget, values written in dollars", () => {
    const doc = draw(byKind("bar-clustered"), "money");
    const values = [...doc.querySelectorAll(".rk-value")].map((t) => t.textContent);
    expect(values.slice(0, 2)).toEqual(["1\u00a0500\u00a0$", "350\u00a0$"]);
  });

  test("stacked columns of the progress: heights add up to the actions at each quarter's end", () => {
    const chart = byKind("column-stacked");
    const doc = draw(chart);
    const last = chart.cache.categories.length - 1;
    const heights = [...doc.querySelectorAll("rect")]
      .filter((r) => r.querySelector("title")?.textContent?.startsWith(chart.cache.categories[last]))
      .reduce((sum, r) => sum + Number(r.getAttribute("height")), 0);
    // 6 actions on a scale topped at 6 (ticks 0, 2, 4, 6) over 170 px.
    expect(heights).toBeCloseTo(170, 5);
    // Quarters written as T1..T4, the year under the first of each year.
    const labels = [...doc.querySelectorAll("text.rk-label")].map((t) => t.textContent);
    expect(labels[0]).toBe("T12024");
    expect(labels[1]).toBe("T2");
  });
});

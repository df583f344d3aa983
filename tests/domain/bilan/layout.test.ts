import { STATUS_COLORS, bilanFigures, bilanLayout, pointStatutaire } from "../../../src/domain/bilan";
import type { BilanFigures } from "../../../src/domain/bilan/types";
import { pageTextCode, type CellPlan, type SheetPlan } from "../../../src/domain/layout/sheet-plan";
import type { Lang } from "../../../src/domain/lang";
import { d, mainPlan, workbook } from "./fixtures";

function figures(lang: Lang = "fr"): BilanFigures {
  const { wb, states } = mainPlan();
  return bilanFigures(wb, states, { generatedAt: "2026-03-15T14:30:00.000Z", lang });
}

function at(plan: SheetPlan, row: number, col: number): CellPlan | undefined {
  return plan.cells.find((c) => c.row === row && c.col === col);
}

function find(plan: SheetPlan, value: string): CellPlan {
  const cell = plan.cells.find((c) => c.value === value);
  if (!cell) throw new Error(`no cell ${value}`);
  return cell;
}

const colIndex = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The cells of a one-column absolute range such as `'Bilan (2)'!$C$8:$C$15`. */
function rangeCells(plan: SheetPlan, ref: string, sheetPrefix: string): (CellPlan | undefined)[] {
  expect(ref.startsWith(sheetPrefix)).toBe(true);
  const m = /^\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref.slice(sheetPrefix.length));
  if (!m) throw new Error(`bad range ${ref}`);
  expect(m[1]).toBe(m[3]);
  const out: (CellPlan | undefined)[] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r += 1) out.push(at(plan, r, colIndex(m[1])));
  return out;
}

describe("bilanLayout", () => {
  const f = figures();
  const plan = bilanLayout(f, "fr", "Bilan (2)");

  test("title block: organisation, plan, reference date as a Day, generated at", () => {
    expect(plan.name).toBe("Bilan (2)");
    expect(at(plan, 1, 1)?.value).toBe("Bilan du suivi – Plan PFM-MADA 2024-2027");
    const org = find(plan, "Organisation");
    expect(at(plan, org.row, org.col + 1)?.value).toBe("Ville de Saint-Exemple");
    const ref = find(plan, "Date de référence");
    expect(at(plan, ref.row, ref.col + 1)).toMatchObject({
      value: d("2026-03-15"),
      style: { format: "date" },
    });
    const gen = find(plan, "Produit le");
    expect(at(plan, gen.row, gen.col + 1)?.value).toBe("2026-03-15 14:30 UTC");
  });

  test("key figures and status shares, with number formats", () => {
    const late = find(plan, "En retard");
    expect(at(plan, late.row, late.col + 1)).toMatchObject({ value: 1, style: { format: "integer" } });
    const done = plan.cells.find((c) => c.value === "Réalisée" && c.col === 2 && at(plan, c.row, 4));
    expect(done).toBeDefined();
    expect(at(plan, done!.row, 3)?.value).toBe(1);
    expect(at(plan, done!.row, 4)).toMatchObject({ value: 0.1667, style: { format: "percent" } });
  });

  test("money in 'money' format, late list dates as Days, the point statutaire in a merged wrapped block", () => {
    const total = plan.cells.filter((c) => c.value === "Total" && c.col === 2).pop()!;
    expect(at(plan, total.row, 3)).toMatchObject({ value: 3500.5, style: { format: "money", bold: true } });
    expect(at(plan, total.row, 4)).toMatchObject({ value: 2150.25, style: { format: "money" } });
    const late = find(plan, "1.1");
    expect(at(plan, late.row, 5)).toMatchObject({ value: d("2025-12-31"), style: { format: "date" } });
    expect(at(plan, late.row, 6)?.value).toBe(74);
    const text = find(plan, pointStatutaire(f, "fr"));
    expect(text.style).toMatchObject({ wrap: true });
    const merge = plan.merges.find((m) => m.row === text.row && m.col === text.col)!;
    expect(merge.cols).toBe(11);
    expect(merge.rows).toBeGreaterThanOrEqual(5);
    const stale = find(plan, "2.2");
    expect(at(plan, stale.row, 5)).toEqual({ row: stale.row, col: 5, value: "Aucun suivi" });
  });

  test("five charts whose ranges hold exactly their cached values, sheet name quoted", () => {
    expect(plan.charts.map((c) => c.kind)).toEqual([
      "doughnut",
      "bar-stacked",
      "bar-clustered",
      "column-clustered",
      "column-stacked",
    ]);
    for (const chart of plan.charts) {
      const cats = rangeCells(plan, chart.categories, "'Bilan (2)'!");
      expect(cats.map((c) => c?.value)).toEqual(chart.cache.categories);
      chart.series.forEach((s, i) => {
        const values = rangeCells(plan, s.values, "'Bilan (2)'!");
        expect(values.map((c) => c?.value)).toEqual(chart.cache.values[i]);
      });
    }
    const [doughnut, areas, money, years, progress] = plan.charts;
    // One column per quarter of the figures' progress, one stacked series per status.
    expect(progress.title).toBe("Statut des actions à la fin de chaque trimestre");
    expect(progress.cache.categories).toEqual(f.progress.map((q) => q.quarter));
    expect(progress.cache.categories.at(-1)).toBe("2026-T1");
    expect(progress.series.map((s) => s.color)).toEqual(areas.series.map((s) => s.color));
    expect(progress.cache.values[0]).toEqual(f.progress.map((q) => q.byStatus["not-started"]));
    expect(doughnut.cache.values).toEqual([[1, 1, 1, 1, 1, 1, 0, 0]]);
    expect(areas.series).toHaveLength(8);
    expect(areas.cache.categories).toEqual([
      "Loisirs",
      "Transport et mobilité",
      "Sécurité",
      "Culture",
      "(sans champ)",
    ]);
    expect(money.cache.values).toEqual([
      [1500, 2000.5, 0, 0, 0],
      [350, 1800.25, 0, 0, 0],
    ]);
    expect(years.cache).toEqual({
      categories: ["2024", "2025", "2026", "2027"],
      values: [
        [0, 2, 2, 1],
        [0, 1, 0, 0],
      ],
    });
  });

  test("the follow-up habit by quarter: end date as a Day, the share as a percent", () => {
    const header = plan.cells.filter((c) => c.value === "Trimestre").pop()!;
    const last = f.progress[f.progress.length - 1];
    const row = header.row + f.progress.length;
    expect(at(plan, row, 2)?.value).toBe(last.quarter);
    expect(at(plan, row, 3)).toMatchObject({ value: d(last.end), style: { format: "date" } });
    expect(at(plan, row, 4)?.value).toBe(last.suivis);
    expect(at(plan, row, 5)).toMatchObject({ value: last.followedShare, style: { format: "percent" } });
    const en = bilanLayout(figures("en"), "en", "Report");
    expect(en.charts.at(-1)?.cache.categories.at(-1)).toBe("2026 Q1");
  });

  test("a fixed colour per status", () => {
    expect(STATUS_COLORS).toEqual({
      done: "2E7D32",
      "in-progress": "1E88E5",
      ongoing: "00897B",
      "not-started": "9E9E9E",
      postponed: "FFB300",
      blocked: "E53935",
      "partly-done": "9CCC65",
      dropped: "616161",
    });
    const [doughnut, areas] = plan.charts;
    expect(doughnut.pointColors?.[doughnut.cache.categories.indexOf("Bloquée")]).toBe("E53935");
    expect(doughnut.pointColors?.[doughnut.cache.categories.indexOf("Réalisée")]).toBe("2E7D32");
    expect(areas.series.find((s) => s.name === "En cours")?.color).toBe("1E88E5");
  });

  test("nothing overlaps: charts right of every cell and of each other, merges apart", () => {
    const lastCol = Math.max(...plan.cells.map((c) => c.col), ...plan.merges.map((m) => m.col + m.cols - 1));
    const rows = new Set<number>();
    for (const chart of plan.charts) {
      expect(chart.anchor.col).toBeGreaterThan(lastCol);
      for (let r = chart.anchor.row; r < chart.anchor.row + chart.anchor.rows; r += 1) {
        expect(rows.has(r)).toBe(false);
        rows.add(r);
      }
    }
    const covered = new Map<string, number>();
    plan.merges.forEach((m, i) => {
      for (let r = m.row; r < m.row + m.rows; r += 1)
        for (let c = m.col; c < m.col + m.cols; c += 1) {
          expect(covered.has(`${r},${c}`)).toBe(false);
          covered.set(`${r},${c}`, i);
        }
    });
    for (const cell of plan.cells) {
      const i = covered.get(`${cell.row},${cell.col}`);
      if (i !== undefined) expect([plan.merges[i].row, plan.merges[i].col]).toEqual([cell.row, cell.col]);
    }
    const seen = new Set(plan.cells.map((c) => `${c.row},${c.col}`));
    expect(seen.size).toBe(plan.cells.length);
  });

  test("print, widths, no Excel tables", () => {
    expect(plan.print).toEqual({
      landscape: true,
      fitToWidth: true,
      header: { left: "Plan PFM-MADA 2024-2027", right: "2026-03-15" },
    });
    expect(plan.tables).toEqual([]);
    for (let c = 1; c <= 11; c += 1) expect(plan.widths?.[c]).toBeGreaterThan(8);
    expect(plan.widths?.[2]).toBeGreaterThanOrEqual(40);
  });

  test("English and an unquoted sheet name", () => {
    const en = bilanLayout(figures("en"), "en", "Report");
    expect(at(en, 1, 1)?.value).toBe("Follow-up report – Plan PFM-MADA 2024-2027");
    expect(en.charts[0].categories).toMatch(/^Report!\$B\$\d+:\$B\$\d+$/);
    expect(find(en, "Late or blocked actions")).toBeDefined();
    expect(find(en, "(no lead)")).toBeDefined();
  });

  test("an empty plan: no status charts, 'Aucune' in empty lists, an & in the title escaped", () => {
    const wb = workbook([], {}, { title: "Familles & aînés" });
    const empty = bilanLayout(bilanFigures(wb, [], { generatedAt: "x", lang: "fr" }), "fr", "Bilan");
    expect(empty.charts).toEqual([]);
    const nones = empty.cells.filter((c) => c.value === "Aucune");
    expect(nones.length).toBeGreaterThanOrEqual(6);
    expect(nones.every((c) => c.style?.italic)).toBe(true);
    expect(empty.print?.header).toEqual({ left: "Familles & aînés", right: "2026-03-15" });
    expect(pageTextCode(empty.print?.header ?? {})).toBe("&LFamilles && aînés&R2026-03-15");
    const period = find(empty, "Période des suivis");
    expect(at(empty, period.row, period.col + 1)?.value).toBe("Depuis le début du plan");
  });

  test("a long period lists the 40 most recent bons coups and says how many more there are", () => {
    const f = figures();
    const many = Array.from({ length: 45 }, (_, i) => ({
      date: `2026-01-${String((i % 28) + 1).padStart(2, "0")}`,
      no: `1.${i + 1}`,
      action: `Action ${i + 1}`,
      achievements: `Réalisation ${i + 1}`,
    }));
    const plan = bilanLayout({ ...f, bonsCoups: many }, "fr", "Bilan");
    const listed = plan.cells.filter((c) => typeof c.value === "string" && /^Réalisation \d+$/.test(c.value));
    expect(listed.map((c) => c.value)).toEqual(many.slice(5).map((b) => b.achievements));
    const note = find(
      plan,
      "Les 40 plus récents sont listés ; 5 autres bons coups sont inscrits dans la feuille Suivis (colonne Bon coup).",
    );
    expect(note.row).toBe(Math.max(...listed.map((c) => c.row)) + 1);
    expect(note.style?.italic).toBe(true);
    const few = bilanLayout({ ...f, bonsCoups: many.slice(0, 40) }, "fr", "Bilan");
    expect(
      few.cells.some((c) => typeof c.value === "string" && c.value.startsWith("Les 40 plus récents")),
    ).toBe(false);
  });
});

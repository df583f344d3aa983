import fc from "fast-check";
import { compareBase, fold } from "../../src/domain/text";

/** fold as written before it remembered its labels. */
const foldOnce = (value: string): string =>
  value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

describe("fold", () => {
  it("folds case, accents, punctuation and spaces", () => {
    expect(fold("  Service des LOISIRS — Élise  ")).toBe("service des loisirs elise");
    expect(fold("Aînés")).toBe(fold("aines"));
  });

  it("gives what folding gives, asked once or again, past the memory's size too", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme-composite" }), { maxLength: 30 }), (labels) => {
        for (const label of labels) expect(fold(label)).toBe(foldOnce(label));
        for (const label of labels) expect(fold(label)).toBe(foldOnce(label));
      }),
    );
    const many = Array.from({ length: 25_000 }, (_, i) => `Porteur ${i} Été`);
    for (const label of many) fold(label);
    expect(many.map(fold)).toEqual(many.map(foldOnce));
  });
});

describe("compareBase", () => {
  it("orders as localeCompare with base sensitivity, in French and in English", () => {
    const names = [
      "émile",
      "Emile",
      "zoé",
      "Zoe",
      "éric",
      "Eric",
      "ève",
      "Ève",
      "a",
      "B",
      "c",
      "Œuvre",
      "oeuvre",
    ];
    for (const lang of ["fr", "en"]) {
      const byName = compareBase(lang);
      for (const a of names)
        for (const b of names)
          expect(Math.sign(byName(a, b))).toBe(Math.sign(a.localeCompare(b, lang, { sensitivity: "base" })));
    }
  });
});

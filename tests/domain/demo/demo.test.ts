import { dayFromIso, dayToIso } from "../../../src/domain/dates";
import {
  DEMO_ACTEURS,
  DEMO_ACTIONS,
  DEMO_RENCONTRES,
  DEMO_SUIVIS,
  demoData,
  demoOptions,
  demoPlanEnd,
  demoPlanStart,
} from "../../../src/domain/demo";
import { DEFAULT_AREAS } from "../../../src/domain/vocabulary";

const d = (iso: string) => dayFromIso(iso) as number;
const today = d("2026-05-20");
const fr = demoData(today, "fr");
const en = demoData(today, "en");

describe("the demo plan", () => {
  test("has a realistic size", () => {
    expect(fr.actions!.length).toBeGreaterThanOrEqual(30);
    expect(fr.actions!.length).toBeLessThanOrEqual(36);
    expect(fr.suivis!.length).toBeGreaterThanOrEqual(60);
    expect(fr.suivis!.length).toBeLessThanOrEqual(120);
    expect(fr.acteurs!.length).toBeGreaterThanOrEqual(10);
    expect(fr.acteurs!.length).toBeLessThanOrEqual(15);
    expect(fr.rencontres!.length).toBeGreaterThanOrEqual(5);
    expect(fr.rencontres!.length).toBeLessThanOrEqual(8);
  });

  test("covers the nine MADA areas and the PFM ones, plus one area outside the list", () => {
    const areas = new Set(fr.actions!.map((a) => a.area));
    for (const area of DEFAULT_AREAS) expect(areas).toContain(area.fr);
    const outside = [...areas].filter((a) => !DEFAULT_AREAS.some((x) => x.fr === a));
    expect(outside).toEqual(["Saines habitudes de vie"]);
  });

  test("has unique action numbers, and every follow-up names one of them", () => {
    const nos = DEMO_ACTIONS.map((a) => a.no);
    expect(new Set(nos).size).toBe(nos.length);
    for (const s of DEMO_SUIVIS) expect(nos).toContain(s.no);
    for (const r of DEMO_RENCONTRES) for (const no of r.actions.split(", ")) expect(nos).toContain(no);
  });

  test("leaves some actions without any follow-up and gives others several", () => {
    const count = (no: string) => DEMO_SUIVIS.filter((s) => s.no === no).length;
    expect(DEMO_ACTIONS.filter((a) => count(a.no) === 0).length).toBeGreaterThanOrEqual(2);
    expect(DEMO_ACTIONS.filter((a) => count(a.no) >= 3).length).toBeGreaterThanOrEqual(8);
  });

  test("dates every follow-up and meeting on or before today, in the last year or so", () => {
    for (const s of fr.suivis!) {
      expect(s.date).toBeLessThanOrEqual(today);
      expect(s.date).toBeGreaterThan(today - 400);
    }
    for (const r of fr.rencontres!) expect(r.date).toBeLessThanOrEqual(today);
    const dates = fr.suivis!.map((s) => s.date!);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  test("keeps every action inside the plan, starting before its due date", () => {
    const options = demoOptions(today, "fr");
    expect(dayToIso(options.start!)).toBe("2025-03-01");
    expect(dayToIso(options.end!)).toBe("2029-02-28");
    expect(options.title).toBe("Plan d'action PFM-MADA 2025-2029");
    expect(options.organisation).toBe("Municipalité de Saint-Clément-du-Lac");
    for (const a of fr.actions!) {
      expect(a.plannedStart).toBeDefined();
      expect(a.plannedStart!).toBeGreaterThanOrEqual(options.start!);
      if (a.due !== undefined) {
        expect(a.due).toBeGreaterThanOrEqual(a.plannedStart!);
        expect(a.due).toBeLessThanOrEqual(options.end!);
      }
    }
  });

  test("starts its plan about 14 months before any today", () => {
    for (const iso of ["2026-01-31", "2026-03-01", "2027-12-31", "2028-02-29"]) {
      const t = d(iso);
      expect(t - demoPlanStart(t)).toBeGreaterThanOrEqual(420);
      expect(t - demoPlanStart(t)).toBeLessThanOrEqual(460);
      expect(demoPlanEnd(t)).toBeGreaterThan(t + 1000);
    }
  });

  test("varies every follow-up field", () => {
    const statuses = new Set(fr.suivis!.map((s) => s.status));
    for (const id of ["not-started", "in-progress", "ongoing", "postponed", "blocked", "done", "dropped"]) {
      expect(statuses).toContain(id);
    }
    expect(new Set(fr.suivis!.map((s) => s.source))).toEqual(new Set(["committee", "lead", "council"]));
    expect(fr.suivis!.filter((s) => s.bonCoup).length).toBeGreaterThanOrEqual(10);
    expect(fr.suivis!.filter((s) => s.spent !== undefined).length).toBeGreaterThanOrEqual(15);
    expect(fr.suivis!.every((s) => s.filledBy)).toBe(true);
    const done = fr.suivis!.filter((s) => s.status === "done");
    expect(done.filter((s) => s.progress !== 100)).toHaveLength(1);
    const reasonless = fr.suivis!.filter((s) => ["postponed", "blocked", "dropped"].includes(s.status!) && !s.obstacles);
    expect(reasonless).toHaveLength(1);
  });

  test("names people with fictional addresses", () => {
    expect(fr.acteurs).toHaveLength(DEMO_ACTEURS.length);
    for (const p of fr.acteurs!) expect(p.email).toMatch(/^[a-z.]+@[a-z-]+\.example$/);
    const names = new Set(fr.suivis!.map((s) => s.filledBy));
    for (const name of names) expect(fr.acteurs!.map((p) => p.name)).toContain(name);
    expect(fr.rencontres!.filter((r) => r.statutory).length).toBeGreaterThanOrEqual(2);
    // Bodies of the default ListeInstances, so that a meeting finds its previous one.
    expect(new Set(fr.rencontres!.map((r) => r.instance))).toEqual(new Set(["Comité de suivi", "Conseil municipal"]));
    expect(fr.rencontres!.filter((r) => r.wellDone && r.toImprove && r.inspires)).toHaveLength(2);
  });
});

describe("the English demo", () => {
  test("is the same plan: same numbers, dates, amounts and vocabularies", () => {
    const strip = (rows: object[]) =>
      rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v !== "string")));
    expect(strip(en.actions!)).toEqual(strip(fr.actions!));
    expect(strip(en.suivis!)).toEqual(strip(fr.suivis!));
    expect(en.actions!.map((a) => a.no)).toEqual(fr.actions!.map((a) => a.no));
    expect(en.suivis!.map((s) => [s.action, s.status])).toEqual(fr.suivis!.map((s) => [s.action, s.status]));
    expect(en.acteurs!.map((p) => p.email)).toEqual(fr.acteurs!.map((p) => p.email));
  });

  test("has every text in both languages, translated", () => {
    const pairs = (a: object[], b: object[]) =>
      a.flatMap((row, i) =>
        Object.entries(row)
          .filter(([, v]) => typeof v === "string")
          .map(([k, v]) => [k, v as string, (b[i] as Record<string, unknown>)[k]] as const),
      );
    const all = [
      ...pairs(fr.actions!, en.actions!),
      ...pairs(fr.suivis!, en.suivis!),
      ...pairs(fr.acteurs!, en.acteurs!),
      ...pairs(fr.rencontres!, en.rencontres!),
    ];
    for (const [, frText, enText] of all) {
      expect(typeof enText).toBe("string");
      expect((enText as string).length).toBeGreaterThan(0);
      expect(frText).not.toMatch(/\b(the|and|with|of)\b/);
    }
    // The action texts themselves are translated, not copied.
    for (const [i, a] of fr.actions!.entries()) expect(en.actions![i].text).not.toBe(a.text);
    expect(en.actions!.find((a) => a.no === "7.2.1")!.area).toBe("Healthy lifestyles");
    expect(en.actions!.find((a) => a.no === "1.1.1")!.area).toBe("Outdoor spaces and buildings");
  });
});

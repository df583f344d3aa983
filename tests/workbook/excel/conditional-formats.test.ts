/**
 * Plan vivant's conditional formats in Excel: replaced by tag (their formula's marker), the
 * user's own rules never touched, and no round trip added to the bilan, the check or a follow-up.
 */
import { addSuivi } from "../../../src/features/add-suivi";
import { loadPlan } from "../../../src/features/load-plan";
import { makeBilan } from "../../../src/features/make-bilan";
import { startWorkbook } from "../../../src/features/start-workbook";
import { today as dayOf } from "../../../src/domain/dates";
import { hasMarker, ownFormula } from "../../../src/domain/layout/sheet-plan";
import type { ConditionalFormatPlan } from "../../../src/domain/layout/sheet-plan";
import { replacement, RULES_FRESH_MS } from "../../../src/workbook/excel/rules";
import { FakeWorkbook, type FakeRule } from "./fake/model";
import { portOn, trackingWorkbook } from "./fake/tracking";

const NOW = new Date("2026-03-15T12:00:00Z");
const TODAY = dayOf(NOW);
const PLAN = "Plan d'action";

/** A user's own rules on the Actions rows: a custom one, a data bar, one of another tag. */
function seedUserRules(wb: FakeWorkbook): FakeRule[] {
  return [
    wb.seedRule(PLAN, {
      type: "Custom",
      r1: 4,
      c1: 1,
      r2: 13,
      c2: 21,
      formula: '=$Q4="Haute"',
      fill: "#D9E1F2",
    }),
    wb.seedRule(PLAN, { type: "DataBar", r1: 4, c1: 19, r2: 13, c2: 19 }),
    wb.seedRule(PLAN, {
      type: "Custom",
      r1: 4,
      c1: 2,
      r2: 13,
      c2: 2,
      formula: '=AND($B4="",N("PlanVivant.Autre")=0)',
      fill: "#EEEEEE",
    }),
  ];
}

const ours = (wb: FakeWorkbook, sheet = PLAN) =>
  (wb.sheet(sheet)?.conditionalFormats ?? []).filter((r) => hasMarker(r.formula ?? "", "Alerte"));

const suivi = {
  date: "2026-03-14",
  action: "1.2",
  status: "in-progress" as const,
  progress: "40",
  achievements: "Rencontre du comité",
  obstacles: "",
  nextSteps: "",
  spent: "",
  hours: "",
  indicatorValue: "",
  bonCoup: "" as const,
  source: "" as const,
  filledBy: "Julie",
};

describe("Plan vivant's conditional formats in Excel", () => {
  test("a user's rules on the Actions rows survive two bilans; Plan vivant's are left as planned, not duplicated", async () => {
    const wb = trackingWorkbook(10, 10);
    const user = seedUserRules(wb);
    const { ctx, port } = portOn(wb);

    await makeBilan(port, { lang: "fr", now: NOW });
    expect(ctx.syncs).toBe(3);
    const first = ours(wb);
    expect(first).toHaveLength(2);
    // the plan's first rule (blocked, red) wins: Excel adds each rule at the top, so last to first
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(0, 2)).toEqual(first);
    expect(first[0]).toMatchObject({
      type: "Custom",
      r1: 4,
      c1: 1,
      c2: 21,
      fill: "#FFC7CE",
      color: "#9C0006",
    });
    expect(first[0].formula).toMatch(
      /^=AND\(OR\(ISNUMBER\(SEARCH\("Bloquée",\$U4\)\).*,N\("PlanVivant\.Alerte"\)=0,N\("A4:U513"\)=0\)$/,
    );
    expect(first[1]).toMatchObject({ fill: "#FFEB9C", color: "#9C5700" });

    await makeBilan(port, { lang: "fr", now: NOW });
    expect(ctx.syncs).toBe(6);
    const second = ours(wb);
    expect(second).toHaveLength(2);
    // already as planned (formula and range): neither deleted nor added again
    expect(second).toEqual(first);
    // the user's rules are all there, untouched, in their order, below Plan vivant's
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(2)).toEqual(user);
    expect(wb.sheet(PLAN)?.log.join("\n")).not.toContain("clearAll");
  });

  test.each([10, 50_000])(
    "bilan, check and a follow-up each take at most 3 syncs (%i follow-ups)",
    async (suivis) => {
      const wb = trackingWorkbook(200, suivis);
      seedUserRules(wb);
      const { ctx, port } = portOn(wb);
      const spent = async (run: () => Promise<unknown>) => {
        const before = ctx.syncs;
        await run();
        return ctx.syncs - before;
      };
      // A bilan over the whole plan: with 50,000 follow-ups (a quarter of them bons coups) the
      // Bilan sheet lists the most recent bons coups only, so its write stays one request.
      const bilan = () => makeBilan(port, { lang: "fr", now: NOW });
      expect(await spent(bilan)).toBe(3);
      expect(port.lastSyncs).toBe(1);
      expect(await spent(bilan)).toBe(3);
      expect(await spent(() => loadPlan(port, { today: TODAY, lang: "fr" }))).toBe(2);
      expect(await spent(() => addSuivi(port, suivi, { today: TODAY }))).toBe(3);
      expect(wb.table("Suivis")?.lastRow).toBe(suivis + 2);
      expect(await spent(bilan)).toBe(3);
      expect(ours(wb)).toHaveLength(2);
      expect(wb.sheet(PLAN)?.conditionalFormats).toHaveLength(5);
    },
    60_000,
  );

  test("a new workbook gets the alert rules marked, in its one create write; a bilan finds them as planned", async () => {
    const wb = new FakeWorkbook();
    const { ctx, port } = portOn(wb);
    await startWorkbook(port, { lang: "fr", demo: true, today: TODAY });
    // round trips that reached Excel: a sync() with nothing queued sends no request
    expect(ctx.syncs).toBe(2);
    const actions = wb.table("Actions");
    expect(actions).toBeDefined();
    const sheet = actions!.sheet.name;
    const created = ours(wb, sheet);
    expect(created).toHaveLength(2);
    expect(created.every((r) => r.formula?.startsWith("=AND("))).toBe(true);
    const user = wb.seedRule(sheet, {
      type: "Custom",
      r1: 4,
      c1: 1,
      r2: 6,
      c2: 3,
      formula: "=$A4=1",
      fill: "#000000",
    });

    const before = ctx.syncs;
    await makeBilan(port, { lang: "fr", now: NOW });
    expect(ctx.syncs - before).toBe(3);
    expect(ours(wb, sheet)).toHaveLength(2);
    expect(ours(wb, sheet)).toEqual(created);
    expect(wb.sheet(sheet)?.conditionalFormats).toContain(user);
  });

  const rules = (range: string): ConditionalFormatPlan[] => [
    { range, formula: 'ISNUMBER(SEARCH("Bloquée",$U4))', fill: "FFC7CE", tag: "Alerte" },
    { range, formula: 'ISNUMBER(SEARCH("En retard",$U4))', fill: "FFEB9C", tag: "Alerte" },
  ];

  test("without a read just before, the write lists the rules itself: one more sync, still only Plan vivant's replaced", async () => {
    const wb = trackingWorkbook(10, 10);
    const user = seedUserRules(wb);
    const { ctx, port } = portOn(wb);
    await port.read();
    await port.write({ conditionalFormats: [{ sheet: PLAN, rules: rules("A4:U13") }] });
    expect(port.lastSyncs).toBe(1);
    // a second write has no listing left (ids changed): it lists the rules first
    let before = ctx.syncs;
    await port.write({ conditionalFormats: [{ sheet: PLAN, rules: rules("A4:U513") }] });
    expect(ctx.syncs - before).toBe(2);
    expect(port.lastSyncs).toBe(2);
    expect(ours(wb)).toHaveLength(2);
    expect(ours(wb)[0]).toMatchObject({ r2: 513 });
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(2)).toEqual(user);

    // a listing too old is not trusted either
    await port.read();
    const now = jest.spyOn(Date, "now").mockReturnValue(Date.now() + RULES_FRESH_MS + 1);
    try {
      before = ctx.syncs;
      await port.write({ conditionalFormats: [{ sheet: PLAN, rules: rules("A4:U13") }] });
      expect(ctx.syncs - before).toBe(2);
    } finally {
      now.mockRestore();
    }
    expect(ours(wb)).toHaveLength(2);
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(2)).toEqual(user);
  });

  // ConditionalFormat.id is a position: the ids the read listed point at other rules once one
  // of Plan vivant's is gone. The write deletes by the ids of a listing made in its own batch.
  test("a Plan vivant rule gone between the read and the write never costs a user's rule", async () => {
    const wb = trackingWorkbook(10, 10);
    const user = seedUserRules(wb);
    const { port } = portOn(wb);
    await makeBilan(port, { lang: "fr", now: NOW });
    await port.read();
    const formats = wb.sheet(PLAN)!.conditionalFormats;
    formats.splice(formats.indexOf(ours(wb)[0]), 1); // the user deletes one of Plan vivant's rules
    const result = await port.write({
      cells: [{ sheet: PLAN, row: 4, col: 4, value: "Changé" }],
      conditionalFormats: [{ sheet: PLAN, rules: rules("A4:U13") }],
    });
    expect(result).toEqual({});
    expect(port.lastSyncs).toBe(2); // the batch with the listing, then delete + add
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(-3)).toEqual(user);
    expect(ours(wb)).toHaveLength(2);
    expect(ours(wb).every((r) => r.r2 === 13)).toBe(true);
    expect(wb.sheet(PLAN)?.cell(4, 4)?.value).toBe("Changé");
  });

  test("where Excel cannot list conditional formats, the read still succeeds and the bilan deletes and adds no tagged rule", async () => {
    const wb = trackingWorkbook(10, 10);
    const user = seedUserRules(wb);
    const { ctx, port } = portOn(wb);
    await makeBilan(port, { lang: "fr", now: NOW });
    const previous = ours(wb);
    wb.conditionalFormatsUnlistable = true;
    const before = ctx.syncs;
    const result = await makeBilan(port, { lang: "fr", now: NOW });
    expect(result.sheet).toBe("Bilan");
    expect(ctx.syncs - before).toBe(4); // the read once more without the listing, on that failure only
    expect(ours(wb)).toEqual(previous);
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(2)).toEqual(user);
    // a write without a read: its own listing fails too, and the write goes on without rules
    await port.write({ conditionalFormats: [{ sheet: PLAN, rules: rules("A4:U13") }] });
    expect(port.lastSyncs).toBe(1);
    expect(ours(wb)).toEqual(previous);
  });
});

/** Makes Plan vivant's rules look as an earlier version wrote them: no range in the formula. */
function asEarlierVersion(wb: FakeWorkbook): void {
  for (const rule of ours(wb)) rule.formula = rule.formula?.replace(/,N\("A4:U\d+"\)=0\)$/, ")");
}

describe("replacing Plan vivant's rules where Excel refuses deletes (office-js#5222)", () => {
  /** The bilan's syncs and what its write returned. */
  async function bilan(port: ReturnType<typeof portOn>["port"], ctx: ReturnType<typeof portOn>["ctx"]) {
    const write = jest.spyOn(port, "write");
    const before = ctx.syncs;
    try {
      const made = await makeBilan(port, { lang: "fr", now: NOW });
      expect(made.sheet).toBe("Bilan");
      return { syncs: ctx.syncs - before, result: await write.mock.results[0].value };
    } finally {
      write.mockRestore();
    }
  }

  test("rules of an earlier version (no range in their formula) are replaced once, in one more sync; then left as planned", async () => {
    const wb = trackingWorkbook(10, 10);
    const user = seedUserRules(wb);
    const { ctx, port } = portOn(wb);
    await makeBilan(port, { lang: "fr", now: NOW });
    asEarlierVersion(wb);
    const earlier = ours(wb).map((r) => r.id);
    expect(await bilan(port, ctx)).toEqual({
      syncs: 4,
      result: { ownedSheet: "Bilan", replacedSheet: "Bilan" },
    });
    expect(ours(wb)).toHaveLength(2);
    expect(ours(wb).map((r) => r.id)).not.toContain(earlier[0]);
    expect(ours(wb).every((r) => r.formula?.endsWith(',N("A4:U513")=0)'))).toBe(true);
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(2)).toEqual(user);
    expect(await bilan(port, ctx)).toEqual({
      syncs: 3,
      result: { ownedSheet: "Bilan", replacedSheet: "Bilan" },
    });
    expect(wb.sheet(PLAN)?.conditionalFormats).toHaveLength(5);
  });

  test("with #5222 on and the user's rules sharing every cell, repeated bilans succeed in 3 syncs, no duplicates", async () => {
    const wb = trackingWorkbook(10, 10);
    const user = seedUserRules(wb);
    wb.bug5222 = true;
    const { ctx, port } = portOn(wb);
    for (let i = 0; i < 3; i += 1) {
      expect(await bilan(port, ctx)).toEqual({
        syncs: 3,
        result: i === 0 ? { ownedSheet: "Bilan" } : { ownedSheet: "Bilan", replacedSheet: "Bilan" },
      });
      expect(ours(wb)).toHaveLength(2);
      expect(wb.sheet(PLAN)?.conditionalFormats.slice(2)).toEqual(user);
    }
  });

  test("with #5222 on, rules that must change are added without deleting: the bilan succeeds, says what is left, keeps every user rule, and stops growing", async () => {
    const wb = trackingWorkbook(10, 10);
    const user = seedUserRules(wb);
    const { ctx, port } = portOn(wb);
    await makeBilan(port, { lang: "fr", now: NOW });
    asEarlierVersion(wb);
    const earlier = ours(wb);
    wb.bug5222 = true;

    // read (2), the batch with the listing, the refused delete, the adds alone
    const first = await bilan(port, ctx);
    expect(first).toEqual({
      syncs: 5,
      result: { ownedSheet: "Bilan", replacedSheet: "Bilan", rulesLeft: [{ sheet: PLAN, rules: 2 }] },
    });
    // the new rules on top (they win), the earlier ones left below, the user's untouched
    expect(ours(wb)).toHaveLength(4);
    expect(ours(wb).slice(2)).toEqual(earlier);
    expect(ours(wb)[0].formula).toMatch(/,N\("A4:U513"\)=0\)$/);
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(4)).toEqual(user);
    expect(wb.sheet("Bilan")?.cell(1, 1)?.value).toBeTruthy();

    // the next bilans find the planned rules there: they only try to delete the earlier ones
    for (let i = 0; i < 2; i += 1) {
      expect(await bilan(port, ctx)).toEqual({
        syncs: 4,
        result: { ownedSheet: "Bilan", replacedSheet: "Bilan", rulesLeft: [{ sheet: PLAN, rules: 2 }] },
      });
      expect(ours(wb)).toHaveLength(4);
      expect(wb.sheet(PLAN)?.conditionalFormats.slice(4)).toEqual(user);
    }

    // once Excel deletes again (another computer, a fixed Excel), the earlier ones go
    wb.bug5222 = false;
    expect(await bilan(port, ctx)).toEqual({
      syncs: 4,
      result: { ownedSheet: "Bilan", replacedSheet: "Bilan" },
    });
    expect(ours(wb)).toHaveLength(2);
    expect(wb.sheet(PLAN)?.conditionalFormats.slice(2)).toEqual(user);
  });
});

describe("which of Plan vivant's listed rules a write replaces", () => {
  const planned: ConditionalFormatPlan[] = [
    { range: "A4:U513", formula: 'ISNUMBER(SEARCH("Bloquée",$U4))', fill: "FFC7CE", tag: "Alerte" },
    { range: "A4:U513", formula: 'ISNUMBER(SEARCH("En retard",$U4))', fill: "FFEB9C", tag: "Alerte" },
  ];
  const listed = (...formulas: string[]) => formulas.map((formula, i) => ({ id: String(i), formula }));
  const [red, amber] = planned.map((rule) => `=${ownFormula(rule)}`);

  test("the range rides in the formula, after the marker", () => {
    expect(red).toBe('=AND(ISNUMBER(SEARCH("Bloquée",$U4)),N("PlanVivant.Alerte")=0,N("A4:U513")=0)');
    expect(ownFormula({ ...planned[0], tag: undefined })).toBe(planned[0].formula);
  });

  test("rules as planned, given back in another case or spacing, are left alone", () => {
    expect(replacement(listed(red.toLowerCase(), amber.replace(",", ", ")), planned)).toEqual({
      remove: [],
      add: [],
    });
  });

  test("duplicates and stale ranges around the planned rules go, the planned ones stay", () => {
    const stale = red.replace("A4:U513", "A4:U13");
    expect(replacement(listed(stale, red, amber, red, amber), planned)).toEqual({
      remove: ["0", "3", "4"],
      add: [],
    });
  });

  test("a missing rule, another range or another order: every listed one goes, the planned ones are added", () => {
    expect(replacement(listed(red), planned)).toEqual({ remove: ["0"], add: planned });
    expect(replacement(listed(amber, red), planned)).toEqual({ remove: ["0", "1"], add: planned });
    const older = listed(red.replace(',N("A4:U513")=0', ""), amber.replace(',N("A4:U513")=0', ""));
    expect(replacement(older, planned)).toEqual({ remove: ["0", "1"], add: planned });
    expect(replacement([], planned)).toEqual({ remove: [], add: planned });
  });
});

describe("the fake's conditional formats are strict", () => {
  test("unloaded properties throw; loading custom/* through a non-custom format fails the sync", async () => {
    const wb = trackingWorkbook(3, 3);
    seedUserRules(wb);
    const ctx = portOn(wb).ctx.context();
    const api = ctx.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats;
    const listed = api.load("items/id");
    await ctx.sync();
    expect(listed.items.map((i) => i.id)).toHaveLength(3);
    expect(() => listed.items[0].type).toThrow(/is not available/);
    // an item's child made after its sync, outside Excel.run: the library refuses the stale path
    expect(() => listed.items[0].customOrNullObject.rule.formula).toThrow(/isn't working/);

    const custom = ctx.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats;
    custom.load("items/custom/rule/formula");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });

    const safe = ctx.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats;
    safe.load("items/type,items/customOrNullObject/rule/formula");
    await ctx.sync();
    expect(safe.items.map((i) => i.customOrNullObject.isNullObject)).toEqual([false, true, false]);
    expect(safe.items[0].customOrNullObject.rule.formula).toBe('=$Q4="Haute"');

    const missing = ctx.workbook.worksheets.getItem(PLAN).getRange().conditionalFormats.getItem("7");
    missing.delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(wb.sheet(PLAN)?.conditionalFormats).toHaveLength(3);

    // only the formats intersecting the range are listed
    const elsewhere = ctx.workbook.worksheets.getItem(PLAN).getRange("A100:B200").conditionalFormats;
    elsewhere.load("items/id");
    await ctx.sync();
    expect(elsewhere.items).toHaveLength(0);
  });
});

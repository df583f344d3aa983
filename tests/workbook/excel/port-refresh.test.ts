/** Syncs per user action on the fake Excel, with the pane's way of saving (from the snapshot it holds). */
import { dayFromIso, type Day } from "../../../src/domain/dates";
import { emptySuiviInput } from "../../../src/domain/forms/inputs";
import { readWorkbook } from "../../../src/domain/read";
import { addSuivi } from "../../../src/features/add-suivi";
import { loadPlan } from "../../../src/features/load-plan";
import { makeBilan } from "../../../src/features/make-bilan";
import { portOn, trackingWorkbook, webPortOn } from "./fake/tracking";

const today = dayFromIso("2026-03-15") as Day;

describe.each([
  ["desktop", portOn],
  ["web", webPortOn],
])("syncs per user action, %s", (_, on) => {
  test("open 2, a follow-up 1 with no read after it, a bilan 2 (rules listed, then the write); the applied snapshot reads as a fresh read", async () => {
    const { ctx, port } = on(trackingWorkbook(10, 10));
    const plan = await loadPlan(port, { today, lang: "fr" });
    expect(ctx.syncs).toBe(2);
    const before = ctx.syncs;
    const saved = await addSuivi(
      port,
      { ...emptySuiviInput("2026-03-14"), action: "1.1", status: "in-progress", progress: "30" },
      { today, from: plan.snapshot },
    );
    expect(saved.ok).toBe(true);
    expect(ctx.syncs - before).toBe(1);
    if (!saved.ok) return;
    const atBilan = ctx.syncs;
    const bilan = await makeBilan(port, {
      lang: "fr",
      now: new Date("2026-03-15T12:00:00Z"),
      from: saved.snapshot,
    });
    expect(ctx.syncs - atBilan).toBe(2);
    const fresh = readWorkbook(await port.read(), { today });
    expect(readWorkbook(bilan.snapshot!, { today }).suivis).toEqual(fresh.suivis);
    expect(readWorkbook(bilan.snapshot!, { today }).actions).toEqual(fresh.actions);
  });
});

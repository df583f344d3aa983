import { makeBilan } from "../../src/features/make-bilan";
import { FakePort, d, sampleSnapshot } from "./fake-port";

test("makeBilan writes the sheet, the computed columns and alert colours in one write", async () => {
  const port = new FakePort(sampleSnapshot());
  const result = await makeBilan(port, { lang: "fr", now: new Date(2026, 2, 15, 10, 0) });
  expect(port.reads).toBe(1);
  expect(port.batches).toHaveLength(1);
  const batch = port.batches[0];
  expect(batch.ownedSheet?.name).toBe("Bilan");
  expect(result.sheet).toBe("Bilan");
  expect(result.figures.totals.actions).toBe(2);
  expect(result.text.length).toBeGreaterThan(20);
  // Row 2 is action 1.1: Statut actuel (col 18), Avancement (19), Dernier suivi (20), Alerte (21).
  const row2 = batch.cells!.filter((c) => c.row === 2).sort((a, b) => a.col - b.col);
  expect(row2.map((c) => c.col)).toEqual([18, 19, 20, 21]);
  expect(row2.map((c) => c.value).slice(0, 3)).toEqual(["Bloquée", 40, d("2026-02-01")]);
  expect(String(row2[3].value)).toMatch(/Bloquée/);
  expect(batch.conditionalFormats).toEqual([
    {
      sheet: "Plan d'action",
      rules: expect.arrayContaining([expect.objectContaining({ range: "A2:W503" })]),
    },
  ]);
});

test("the reference date and period are passed through", async () => {
  const port = new FakePort(sampleSnapshot());
  const result = await makeBilan(port, {
    lang: "en",
    referenceDate: d("2026-01-15"),
    since: d("2026-01-01"),
    now: new Date(2026, 2, 15),
  });
  expect(result.figures.referenceDate).toBe("2026-01-15");
  expect(result.figures.header.since).toBe("2026-01-01");
  expect(result.sheet).toBe("Report");
});

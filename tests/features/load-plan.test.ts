import { hasTrackingTables, loadPlan } from "../../src/features/load-plan";
import { FakePort, d, emptySnapshot, sampleSnapshot } from "./fake-port";

test("loadPlan reads once and returns the workbook, the states and the report", async () => {
  const port = new FakePort(sampleSnapshot());
  const { wb, states, report } = await loadPlan(port, { today: d("2026-03-15"), lang: "fr" });
  expect(port.reads).toBe(1);
  expect(port.batches).toHaveLength(0);
  expect(hasTrackingTables(wb)).toBe(true);
  expect(states.map((s) => s.status)).toEqual(["blocked", "not-started"]);
  expect(report.flags.map((f) => `${f.action}:${f.kind}`)).toEqual(
    expect.arrayContaining(["1.1:late", "1.1:blocked"]),
  );
});

test("an empty workbook has no tracking tables", async () => {
  const { wb } = await loadPlan(new FakePort(emptySnapshot()), { today: d("2026-03-15"), lang: "en" });
  expect(hasTrackingTables(wb)).toBe(false);
});

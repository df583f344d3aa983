import { emptySuiviInput, type SuiviInput } from "../../src/domain/forms/inputs";
import { readWorkbook } from "../../src/domain/read";
import { addSuivi } from "../../src/features/add-suivi";
import { FakePort, d, sampleSnapshot } from "./fake-port";

const today = d("2026-03-15");
const input = (over: Partial<SuiviInput> = {}): SuiviInput => ({
  ...emptySuiviInput("2026-03-14"),
  action: "1.2",
  status: "done",
  progress: "100",
  achievements: "Bottin publié",
  bonCoup: "yes",
  ...over,
});

test("a follow-up is appended as one row, and reads back", async () => {
  const port = new FakePort(sampleSnapshot());
  expect(await addSuivi(port, input(), { today })).toMatchObject({ ok: true, action: "1.2" });
  expect(port.reads).toBe(1);
  expect(port.batches).toHaveLength(1);
  expect(port.batches[0].append![0].rows).toEqual([
    [
      d("2026-03-14"),
      "1.2",
      "Réalisée",
      100,
      "Bottin publié",
      null,
      null,
      null,
      null,
      null,
      "Oui",
      null,
      null,
    ],
  ]);
  const wb = readWorkbook(port.snapshot, { today });
  expect(wb.suivis.at(-1)).toMatchObject({ action: "1.2", status: "done", bonCoup: true });
});

test("blocked without a reason, or dated in the future, is refused without writing", async () => {
  const port = new FakePort(sampleSnapshot());
  const result = await addSuivi(port, input({ status: "blocked", date: "2026-04-01" }), { today });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.errors.obstacles?.key).toBe("reason-required");
    expect(result.errors.date?.key).toBe("future-date");
  }
  expect(port.batches).toHaveLength(0);
});

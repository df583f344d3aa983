import { readWorkbook } from "../../src/domain/read";
import { startWorkbook } from "../../src/features/start-workbook";
import { FakePort, d, emptySnapshot, sampleSnapshot } from "./fake-port";

const today = d("2026-03-15");

test("an empty workbook gets the template in one write", async () => {
  const port = new FakePort(emptySnapshot());
  const result = await startWorkbook(port, {
    lang: "fr",
    demo: false,
    today,
    organisation: "Ville de Laval",
  });
  expect(result.created).toBe(true);
  expect(port.reads).toBe(1);
  expect(port.batches).toHaveLength(1);
  const names = port.batches[0].create!.sheets.flatMap((s) => s.tables.map((t) => t.name));
  expect(names).toEqual(expect.arrayContaining(["Actions", "Suivis", "Parametres"]));
  const wb = readWorkbook(port.snapshot, { today });
  expect(wb.actions).toHaveLength(0);
  expect(wb.settings.organisation).toBe("Ville de Laval");
});

test("with the example, the plan carries demo actions and follow-ups", async () => {
  const port = new FakePort(emptySnapshot());
  await startWorkbook(port, { lang: "en", demo: true, today });
  const wb = readWorkbook(port.snapshot, { today });
  expect(wb.actions.length).toBeGreaterThan(5);
  expect(wb.suivis.length).toBeGreaterThan(5);
  expect(wb.lang).toBe("en");
});

test("a workbook that has its tables is left alone", async () => {
  const port = new FakePort(sampleSnapshot());
  expect(await startWorkbook(port, { lang: "fr", demo: true, today })).toEqual({ created: false });
  expect(port.batches).toHaveLength(0);
});

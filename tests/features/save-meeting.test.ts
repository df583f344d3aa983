import { demoPlan } from "../../src/domain/demo";
import { today as todayOf } from "../../src/domain/dates";
import { actionStates } from "../../src/domain/flags";
import { matchInstance, prefilledEntries } from "../../src/domain/meeting";
import { readWorkbook } from "../../src/domain/read";
import { planMeeting, prepareMeeting } from "../../src/features/prepare-meeting";
import { saveMeeting } from "../../src/features/save-meeting";
import type { WorkbookPort } from "../../src/workbook/port";
import { editXlsx } from "../../src/workbook/xlsx/edit";
import { XlsxPort } from "../../src/workbook/xlsx/file-port";
import { writeXlsx } from "../../src/workbook/xlsx/write";

const NOW = new Date("2026-06-15T12:00:00Z");
const TODAY = todayOf(NOW);

async function demoPort(): Promise<XlsxPort> {
  const bytes = await writeXlsx(demoPlan(TODAY, "fr"));
  return new XlsxPort(bytes, { edit: (data, batch) => editXlsx(data, batch) });
}

test("a committee meeting on the demo: prepared (one Rencontres row), then five follow-ups saved in one write", async () => {
  const port = await demoPort();
  const wb0 = readWorkbook(await port.read(), { today: TODAY });
  const match = matchInstance(wb0.instances, "comité de suivi");
  if (!match.ok) throw new Error("no committee");
  const prepared = await prepareMeeting(port, {
    today: TODAY,
    date: TODAY,
    instance: match.instance,
    lang: "fr",
    record: true,
  });
  expect(prepared.recorded).toBe("added");
  expect(prepared.agenda.items.length).toBeGreaterThanOrEqual(5);
  // Preparing again the same day does not add a second row.
  expect(
    (
      await prepareMeeting(port, {
        today: TODAY,
        date: TODAY,
        instance: match.instance,
        lang: "fr",
        record: true,
      })
    ).recorded,
  ).toBe("exists");

  const wb = readWorkbook(await port.read(), { today: TODAY });
  const plan = planMeeting(wb, { date: TODAY, instance: match.instance, lang: "fr" });
  const prefills = prefilledEntries(plan.agenda.items);
  const entries = prefills.map((p) => ({ ...p }));
  const five = entries.slice(0, 5);
  five.forEach((e, i) =>
    Object.assign(e, { status: "in-progress", progress: String(50 + i), obstacles: "", note: `Point ${i}` }),
  );
  let writes = 0;
  const counting: WorkbookPort = {
    read: () => port.read(),
    write: (batch) => ((writes += 1), port.write(batch)),
    select: (reference) => port.select(reference),
    onChange: (listener) => port.onChange(listener),
  };
  const result = await saveMeeting(counting, wb, {
    date: TODAY,
    instance: match.instance.name,
    reviewed: plan.agenda.items.map((i) => i.state.action.no),
    entries,
    prefills,
    reflection: { wellDone: "Tour de table rapide", toImprove: "", inspires: "La fête des voisins" },
  });
  expect(result).toMatchObject({ ok: true, meetingRecorded: true, missingColumns: [] });
  expect(writes).toBe(1);

  const after = readWorkbook(await port.read(), { today: TODAY });
  const added = after.suivis.slice(-5);
  expect(added.map((s) => [s.action, s.date, s.status, s.progress, s.achievements, s.instance])).toEqual(
    five.map((e, i) => [e.action, TODAY, "in-progress", 50 + i, `Point ${i}`, "Comité de suivi"]),
  );
  expect(after.rencontres.filter((r) => r.date === TODAY)).toHaveLength(1);
  expect(after.rencontres.find((r) => r.date === TODAY)).toMatchObject({
    instance: "Comité de suivi",
    suivis: five.map((e) => `${e.action} (En cours)`).join(", "),
    wellDone: "Tour de table rapide",
    inspires: "La fête des voisins",
  });
  expect(after.rencontres.find((r) => r.date === TODAY)?.toImprove).toBeUndefined();
  // The computed columns of the five actions were refreshed in the same write.
  const snapshot = await port.read();
  const actions = snapshot.tables.find((t) => t.name === "Actions")!;
  const header = actions.values[0];
  const statusCol = header.indexOf("Statut actuel");
  for (const e of five) {
    const row = actions.values.find((r) => r[0] === e.action)!;
    expect(row[statusCol]).toBe("En cours");
  }
  const states = actionStates(after);
  for (const e of five) expect(states.find((s) => s.action.no === e.action)?.status).toBe("in-progress");
});

test("one invalid entry among several: nothing is written, the invalid one is named", async () => {
  const port = await demoPort();
  const wb = readWorkbook(await port.read(), { today: TODAY });
  const instance = { name: "Comité de suivi", text: "detailed" as const };
  const plan = planMeeting(wb, { date: TODAY, instance, lang: "fr" });
  const prefills = prefilledEntries(plan.agenda.items);
  const entries = prefills.map((p) => ({ ...p }));
  entries[0] = { ...entries[0], note: "Bien" };
  entries[1] = { ...entries[1], status: "blocked", obstacles: "" };
  const before = port.bytes();
  const result = await saveMeeting(port, wb, {
    date: TODAY,
    instance: instance.name,
    reviewed: [],
    entries,
    prefills,
  });
  expect(result).toEqual({
    ok: false,
    invalid: [
      { action: entries[1].action, errors: { obstacles: { severity: "error", key: "reason-required" } } },
    ],
  });
  expect(port.bytes()).toBe(before);
});

/** Postpone, drop and add mid-plan, tested through the file port on the demo workbook. */
import { dayFromIso, dayToIso } from "../../src/domain/dates";
import { demoData, demoOptions } from "../../src/domain/demo";
import { actionStates } from "../../src/domain/flags";
import { emptyActionInput } from "../../src/domain/forms/inputs";
import { templatePlan } from "../../src/domain/layout/template";
import type { RawCell } from "../../src/domain/raw";
import { readWorkbook } from "../../src/domain/read";
import { saveAction } from "../../src/features/save-action";
import { dropAction, postponeAction } from "../../src/features/update-plan";
import { editXlsx } from "../../src/workbook/xlsx/edit";
import { XlsxPort } from "../../src/workbook/xlsx/file-port";
import { writeXlsx } from "../../src/workbook/xlsx/write";

const TODAY = dayFromIso("2026-03-15") as number;
const options = { today: TODAY };

async function demoPort(): Promise<XlsxPort> {
  const bytes = await writeXlsx(templatePlan(demoOptions(TODAY, "fr"), demoData(TODAY, "fr")));
  return new XlsxPort(bytes, { edit: (data, batch) => editXlsx(data, batch) });
}

async function read(port: XlsxPort) {
  const snapshot = await port.read();
  const wb = readWorkbook(snapshot, { today: TODAY });
  const table = (name: string) => snapshot.tables.find((t) => t.name === name)!.values;
  return { wb, states: actionStates(wb), suivis: table("Suivis"), actions: table("Actions") };
}

test("postpone, drop and add mid-plan keep the whole history in Suivis", async () => {
  const port = await demoPort();
  const before = await read(port);
  const open = before.states.filter((s) => !["done", "partly-done", "dropped"].includes(s.status));
  const toPostpone = open.find((s) => s.action.due !== undefined && s.action.recurrence !== "ongoing")!;
  const toDrop = open.find((s) => s !== toPostpone && s.action.no !== toPostpone.action.no)!;
  const oldDue = toPostpone.action.due!;
  const newDue = dayToIso(oldDue + 120);

  const postponed = await postponeAction(
    port,
    { action: toPostpone.action.no, date: "2026-03-15", newDue, reason: "Subvention retardée" },
    options,
  );
  expect(postponed).toMatchObject({
    ok: true,
    no: toPostpone.action.no,
    previousDue: oldDue,
    due: oldDue + 120,
  });
  const dropped = await dropAction(
    port,
    { action: toDrop.action.no, date: "2026-03-14", reason: "Le conseil a retiré le projet" },
    options,
  );
  expect(dropped).toMatchObject({ ok: true, no: toDrop.action.no });
  const added = await saveAction(
    port,
    {
      ...emptyActionInput(),
      no: "9.1",
      action: "Ajouter des bancs au parc",
      porteur: "Travaux publics",
      due: "2026-04-01",
    },
    options,
  );
  expect(added).toMatchObject({ ok: true, mode: "added" });

  const after = await read(port);
  // Suivis: every old row unchanged, in place; two new rows below.
  expect(after.suivis.slice(0, before.suivis.length)).toEqual(before.suivis);
  const header = after.suivis[0] as string[];
  const col = (row: RawCell[], name: string) => row[header.indexOf(name)];
  const fresh = after.suivis.slice(before.suivis.length);
  expect(fresh.map((r) => [col(r, "No action"), col(r, "Statut"), col(r, "Obstacles")])).toEqual([
    [toPostpone.action.no, "Reportée", "Subvention retardée"],
    [toDrop.action.no, "Abandonnée", "Le conseil a retiré le projet"],
  ]);
  expect(col(fresh[0], "Prochaines étapes")).toBe(`Échéance reportée du ${dayToIso(oldDue)} au ${newDue}.`);
  expect(col(fresh[0], "Date")).toBe(TODAY);

  // Actions: the new due date in place, the other rows unchanged, the new action appended.
  expect(after.actions.length).toBe(before.actions.length + 1);
  const row = toPostpone.action.row - 1;
  const dueCol = (before.actions[0] as string[]).indexOf("Échéance");
  expect(after.actions[row][dueCol]).toBe(oldDue + 120);
  expect(after.actions.filter((_, i) => i !== row).slice(0, before.actions.length - 1)).toEqual(
    before.actions.filter((_, i) => i !== row),
  );

  // Read back: statuses, flags and no new problem.
  const state = (no: string) => after.states.find((s) => s.action.no === no)!;
  expect(state(toPostpone.action.no).status).toBe("postponed");
  expect(state(toPostpone.action.no).action.due).toBe(oldDue + 120);
  expect(state(toPostpone.action.no).flags.map((f) => f.kind)).not.toContain("late");
  expect(state(toDrop.action.no).status).toBe("dropped");
  expect(state(toDrop.action.no).flags).toEqual([]);
  expect(state("9.1")).toMatchObject({ status: "not-started" });
  expect(state("9.1").flags.map((f) => f.kind)).toContain("due-soon");
  expect(after.wb.suivis.length).toBe(before.wb.suivis.length + 2);
  const codes = (wb: typeof after.wb) => wb.problems.map((p) => `${p.code} ${p.cell}`);
  expect(codes(after.wb).filter((c) => !codes(before.wb).includes(c))).toEqual([]);
});

test("a postpone to an earlier date, a closed action or a missing reason writes nothing", async () => {
  const port = await demoPort();
  const { states } = await read(port);
  const withDue = states.find(
    (s) => s.action.due !== undefined && s.status !== "done" && s.status !== "dropped",
  )!;
  const closed = states.find((s) => s.status === "done")!;
  const bytes = port.bytes();
  const early = await postponeAction(
    port,
    { action: withDue.action.no, date: "2026-03-15", newDue: dayToIso(withDue.action.due! - 1), reason: "x" },
    options,
  );
  expect(early).toEqual({
    ok: false,
    errors: { newDue: { key: "due-not-later", params: { due: dayToIso(withDue.action.due!) } } },
  });
  const done = await dropAction(port, { action: closed.action.no, date: "2026-03-15", reason: "" }, options);
  expect(done).toEqual({
    ok: false,
    errors: {
      action: { key: "closed", params: { no: closed.action.no, status: "done" } },
      reason: { key: "required" },
    },
  });
  const future = await dropAction(
    port,
    { action: withDue.action.no, date: "2026-03-16", reason: "r" },
    options,
  );
  expect(future).toMatchObject({ ok: false, errors: { date: { key: "future-date" } } });
  expect(port.bytes()).toBe(bytes);
});

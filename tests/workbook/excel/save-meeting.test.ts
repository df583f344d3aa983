/** « Enregistrer les suivis » on the Excel fake: 2 syncs whatever the number of follow-ups. */
import { today as todayOf } from "../../../src/domain/dates";
import { actionStates } from "../../../src/domain/flags";
import { prefilledEntry } from "../../../src/domain/meeting";
import { readWorkbook } from "../../../src/domain/read";
import { saveMeeting } from "../../../src/features/save-meeting";
import { portOn, trackingWorkbook } from "./fake/tracking";

const TODAY = todayOf(new Date("2026-06-15T12:00:00Z"));
const RENCONTRES = [
  "Date",
  "Instance",
  "Point statutaire",
  "Actions traitées",
  "Décisions",
  "Suivis enregistrés",
  "Ce qu'on fait bien",
  "Ce qu'on peut améliorer",
  "Ce qui nous inspire",
];

test.each([5, 200])(
  "%i follow-ups and the meeting's row: one write, 2 syncs on a port that had not read",
  async (n) => {
    const book = trackingWorkbook(n, 10);
    book.seedTable("Rencontres", "Rencontres", RENCONTRES, [
      [TODAY, "Comité de suivi", "Oui", null, null, null, null, null, null],
    ]);
    const reader = portOn(book).port;
    const wb = readWorkbook(await reader.read(), { today: TODAY });
    const instance = { name: "Comité de suivi", text: "detailed" as const };
    // Every action of the plan around the table, whatever its flags.
    const states = actionStates(wb);
    const reviewed = states.map((s) => s.action.no);
    expect(reviewed).toHaveLength(n);
    const prefills = states.map(prefilledEntry);
    const entries = prefills.map((p, i) => ({
      ...p,
      status: "in-progress" as const,
      progress: String(i % 100),
      obstacles: "",
      note: `Tour ${i}`,
    }));

    const { ctx, port } = portOn(book);
    const result = await saveMeeting(port, wb, {
      date: TODAY,
      instance: instance.name,
      reviewed,
      entries,
      prefills,
    });
    expect(result).toMatchObject({ ok: true });
    expect(ctx.syncs).toBe(2);
    expect(book.table("Suivis")?.lastRow).toBe(10 + n + 1);

    // Read back: every follow-up, stamped with the body, and the meeting's row listing them.
    const after = readWorkbook(await port.read(), { today: TODAY });
    expect(after.suivis.slice(-n).map((s) => [s.action, s.date, s.instance])).toEqual(
      reviewed.map((no) => [no, TODAY, "Comité de suivi"]),
    );
    expect(after.rencontres).toHaveLength(1);
    expect(after.rencontres[0].suivis?.split(", ")).toHaveLength(n);
    expect(after.rencontres[0].actions?.split(", ")).toHaveLength(n);

    // On the pane's own port, which has just read the plan, the save is one sync.
    const again = portOn(book);
    const wb2 = readWorkbook(await again.port.read(), { today: TODAY });
    const before = again.ctx.syncs;
    const prefills2 = actionStates(wb2).map(prefilledEntry);
    const entries2 = prefills2.map((p) => ({ ...p, note: "Encore" }));
    await saveMeeting(again.port, wb2, {
      date: TODAY,
      instance: instance.name,
      reviewed,
      entries: entries2,
      prefills: prefills2,
    });
    expect(again.ctx.syncs - before).toBe(1);
  },
);

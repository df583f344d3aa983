import { matchInstance, meetingAgenda, meetingStatutaire } from "../../../src/domain/meeting";
import { MEETING, meetingWorkbook } from "./fixtures";

const committee = { name: "Comité de suivi", text: "detailed" as const };
const council = { name: "Conseil municipal", text: "short" as const };

describe("matchInstance", () => {
  const wb = meetingWorkbook();
  test("a word the person types finds the body", () => {
    expect(matchInstance(wb.instances, "conseil")).toEqual({ ok: true, instance: council });
    expect(matchInstance(wb.instances, "COMITÉ DE SUIVI")).toEqual({ ok: true, instance: committee });
    expect(matchInstance(wb.instances, "regionale")).toMatchObject({
      ok: true,
      instance: { name: "Table régionale" },
    });
  });
  test("several bodies starting the same way are ambiguous; an unknown one is refused unless allowed", () => {
    expect(matchInstance(wb.instances, "comité")).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(matchInstance(wb.instances, "Table")).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(matchInstance(wb.instances, "CA du CLSC")).toMatchObject({ ok: false, reason: "none" });
    expect(matchInstance(wb.instances, "Comité famille", { allowOther: true })).toEqual({
      ok: true,
      instance: { name: "Comité famille", text: "detailed" },
    });
  });
});

describe("meetingAgenda", () => {
  test("the actions to review, grouped by porteur, with why (worked by hand)", () => {
    const agenda = meetingAgenda(meetingWorkbook(), { date: MEETING, instance: committee });
    const view = agenda.groups.map((g) => [g.porteur, g.items.map((i) => [i.state.action.no, ...i.reasons])]);
    expect(view).toEqual([
      [
        "Travaux publics",
        [
          ["2.1", "blocked"],
          ["2.2", "stale"],
        ],
      ],
      ["Communications", [["3.1", "due-soon"]]],
      ["Service des loisirs", [["1.1", "late", "stale"]]],
      [null, [["4.2", "stale"]]],
    ]);
    expect(agenda.items.map((i) => i.state.action.no)).toEqual(["2.1", "2.2", "3.1", "1.1", "4.2"]);
    expect(agenda.previous?.date).toBe(MEETING - 109);
  });

  test("an invited porteur comes first with every open action of theirs", () => {
    const agenda = meetingAgenda(meetingWorkbook(), {
      date: MEETING,
      instance: committee,
      invited: ["service des LOISIRS"],
    });
    expect(agenda.groups[0]).toMatchObject({ porteur: "Service des loisirs", invited: true });
    expect(agenda.groups[0].items.map((i) => [i.state.action.no, ...i.reasons])).toEqual([
      ["1.1", "late", "stale", "invited"],
      ["1.2", "invited"],
    ]);
  });

  test("the flags are those of the meeting's day", () => {
    // On 2026-01-19, 1.1 is not due yet and was followed up 65 days before; 3.1 is due in 81
    // days; the follow-ups of 2.1, 1.2 and 4.1 are later: they had none yet.
    const early = meetingAgenda(meetingWorkbook(), { date: MEETING - 60, instance: committee });
    expect(early.items.map((i) => [i.state.action.no, ...i.reasons])).toEqual([
      ["2.1", "stale"],
      ["2.2", "stale"],
      ["1.2", "stale"],
      ["4.1", "stale"],
      ["4.2", "stale"],
    ]);
  });
});

describe("meetingStatutaire", () => {
  test("the council gets a short paragraph: figures, what moved since its last meeting, what is proposed", () => {
    const wb = meetingWorkbook();
    const agenda = meetingAgenda(wb, { date: MEETING, instance: council });
    expect(meetingStatutaire(wb, agenda, "fr")).toBe(
      [
        "Point statutaire : plan d'action PFM-MADA (Conseil municipal, 2026-03-20)",
        "",
        "Le plan d'action « Plan PFM-MADA 2025-2028 » compte 8 actions au 2026-03-20. " +
          "1 est réalisée (13\u00a0%), 3 en cours ou en continu, 1 en retard et 1 bloquée. " +
          "Depuis la dernière rencontre (2026-03-01) : 1 fiche de suivi et 0 bon coup. " +
          "Proposition : prendre acte de l'état d'avancement du plan d'action et des changements suivants : " +
          "report de l'action 4.1 (nouvelle échéance 2028-06-30).",
      ].join("\n"),
    );
  });

  test("the committee gets the detailed text by porteur, in English too", () => {
    const wb = meetingWorkbook();
    const agenda = meetingAgenda(wb, {
      date: MEETING,
      instance: { name: "Follow-up committee", text: "detailed" },
    });
    const text = meetingStatutaire(wb, agenda, "en");
    expect(text).toContain("This is the first meeting of this body recorded in the workbook.");
    expect(text).toContain("Actions to review (5), by lead:");
    expect(text).toContain(
      "  - 2.1 Traverses piétonnes: blocked; last follow-up 2026-02-10: Blocked, 10%; obstacles: Soumission trop élevée",
    );
    expect(text).toContain(
      "  - 1.1 Parc intergénérationnel: 48 d late, no follow-up for 125 d; last follow-up 2025-11-15: In progress, 40%",
    );
    expect(text).toContain("(no lead)\n  - 4.2 Guide du locataire: no follow-up for 412 d; no follow-up");
  });
});
